import { budgetControlling as controllingAntwort, vereinbarung, vereinbarungEingabe } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { budgetControlling } from '../../use-cases/budget/budget-controlling.ts';
import { getBudget } from '../../use-cases/budget/get-budget.ts';
import { putBudget } from '../../use-cases/budget/put-budget.ts';
import { fehler } from '../schemas.ts';

export function budgetRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Trägerbudget'];

  r.get(
    '/api/budget',
    {
      schema: {
        tags,
        summary: 'Trägerbudget-Vereinbarung der Organisation',
        response: { 200: vereinbarung, ...fehler },
      },
    },
    async (req) => getBudget(req.kontext()),
  );

  r.put(
    '/api/budget',
    {
      schema: {
        tags,
        summary: 'Vereinbarung anlegen oder ändern (mit version: 409 bei veraltetem Stand)',
        body: vereinbarungEingabe,
        response: { 200: vereinbarung, ...fehler },
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
        response: { 200: controllingAntwort, ...fehler },
      },
    },
    async (req) => budgetControlling(req.kontext()),
  );
}
