import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createHilfe } from '../../use-cases/hilfen/create-hilfe.ts';
import { updateHilfe } from '../../use-cases/hilfen/update-hilfe.ts';
import { datum, fallParams, id, optDatum, optText, pflicht, version } from '../schemas.ts';

const hilfeFelder = {
  leistung: pflicht('die Leistung', 100),
  variante: z.string().trim().max(100).nullable().optional(),
  rechtsgrundlage: pflicht('die Rechtsgrundlage'),
  jugendamtId: z.uuid({ error: 'Bitte wählen Sie ein Jugendamt aus der Liste.' }),
  aktenzeichenJugendamt: optText(100),
  beginn: datum,
  geplantesEnde: optDatum,
  ausnahmeBegruendung: optText(),
  vorgaengerHilfeId: id.nullable().optional(),
  herkunft: z.string().trim().max(100).nullable().optional(),
  herkunftText: optText(500),
  berichtsintervallMonate: z
    .number({ error: 'Bitte das Berichtsintervall als ganze Zahl von Monaten angeben.' })
    .int('Bitte ganze Monate angeben.')
    .min(1, 'Das Berichtsintervall beträgt mindestens 1 Monat.')
    .max(6, 'Das Berichtsintervall beträgt höchstens 6 Monate (alle 6 Monate, in Absprache auch kürzer).')
    .nullable()
    .optional(),
  zusatzleistungen: z
    .array(
      z.object({
        datum,
        text: pflicht('die Zusatzleistung', 300),
        betrag: z
          .string({ error: 'Bitte geben Sie den Betrag an.' })
          .regex(/^\d{1,9}\.\d{2}$/, 'Bitte einen Betrag mit zwei Nachkommastellen angeben, z. B. 120.00.')
          .refine((b) => Number(b) > 0, 'Der Betrag muss größer als 0 sein.'),
        genehmigung: pflicht('die Genehmigung des Jugendamts', 100),
      }),
    )
    .max(500)
    .optional(),
};

export function hilfenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Hilfen'];

  r.post(
    '/api/faelle/:id/hilfen',
    {
      schema: {
        tags,
        summary: 'Hilfe anlegen (Leistung aus dem Katalog, bewilligendes Jugendamt)',
        params: fallParams,
        body: z.object(hilfeFelder),
      },
    },
    async (req, reply) => reply.status(201).send(await createHilfe(req.kontext(), req.params.id, req.body)),
  );

  r.patch(
    '/api/faelle/:id/hilfen/:hilfeId',
    {
      schema: {
        tags,
        summary: 'Hilfe ändern, z. B. beenden (409 bei veralteter Version)',
        params: z.object({ id, hilfeId: id }),
        body: z
          .object({ ...hilfeFelder, tatsaechlichesEnde: optDatum, endegrund: optText(500) })
          .partial()
          .extend({ version }),
      },
    },
    async (req) => updateHilfe(req.kontext(), req.params.id, req.params.hilfeId, req.body),
  );
}
