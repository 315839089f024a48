import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { budgetControlling } from '../../use-cases/budget/budget-controlling.ts';
import { getBudget } from '../../use-cases/budget/get-budget.ts';
import { putBudget } from '../../use-cases/budget/put-budget.ts';
import { datum, pflicht } from '../schemas.ts';

export function budgetRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Trägerbudget'];

  r.get(
    '/api/budget',
    { schema: { tags, summary: 'Trägerbudget-Vereinbarung der Organisation' } },
    async (req) => getBudget(req.kontext()),
  );

  r.put(
    '/api/budget',
    {
      schema: {
        tags,
        summary: 'Vereinbarung anlegen oder ändern (mit version: 409 bei veraltetem Stand)',
        body: z.object({
          bezeichnung: pflicht('die Bezeichnung'),
          jugendamtId: z.uuid({ error: 'Bitte ein Jugendamt aus der Liste wählen.' }),
          gesamtbudget: z
            .string()
            .regex(/^\d+\.\d{2}$/, 'Bitte einen Betrag mit zwei Nachkommastellen angeben, z. B. 9000000.00.'),
          beginn: datum,
          monate: z.number().int().min(1).max(600),
          direktanteil: z.number().gt(0).lte(1),
          stellen: z
            .array(
              z.object({
                art: z.enum(['fachkraft', 'semiprofessionell']),
                vk: z.number().min(0),
                jahresstundenVk: z.number().min(0),
              }),
            )
            .min(1, 'Bitte mindestens eine Stelle angeben.'),
          stellenaenderungen: z
            .array(
              z.object({
                ab: datum,
                grund: z.string().trim().max(300).optional(),
                stellen: z.array(
                  z.object({
                    art: z.enum(['fachkraft', 'semiprofessionell']),
                    vk: z.number().min(0),
                    jahresstundenVk: z.number().min(0),
                  }),
                ),
              }),
            )
            .max(100)
            .optional(),
          basisleistungStunden: z.number().int().min(1),
          version: z.number().int().min(1).optional(),
        }),
      },
    },
    async (req) => putBudget(req.kontext(), req.body),
  );

  r.get(
    '/api/budget/controlling',
    {
      schema: {
        tags,
        summary: 'Quartale aus den Leistungseinträgen, Raten, Nachverhandlungs-Alarm, Umsteuerung',
      },
    },
    async (req) => budgetControlling(req.kontext()),
  );
}
