import { LEISTUNGS_ARTEN } from '@hilfewerk/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createLeistung } from '../../use-cases/leistungen/create-leistung.ts';
import { deleteLeistung } from '../../use-cases/leistungen/delete-leistung.ts';
import { listEigeneHilfen } from '../../use-cases/leistungen/list-eigene-hilfen.ts';
import { listLeistungen } from '../../use-cases/leistungen/list-leistungen.ts';
import { updateLeistung } from '../../use-cases/leistungen/update-leistung.ts';
import { datum, id, optText, version } from '../schemas.ts';

const uhrzeit = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Bitte eine Uhrzeit im Format HH:MM angeben, z. B. 09:30.')
  .nullable()
  .optional();

/** One Leistungseintrag as clients send it; the use case checks how the fields fit together. */
export const leistungFelder = {
  datum,
  beginn: uhrzeit,
  ende: uhrzeit,
  minuten: z
    .number({ error: 'Bitte die Dauer in Minuten angeben.' })
    .int('Bitte ganze Minuten angeben.')
    .nullable()
    .optional(),
  art: z.enum(LEISTUNGS_ARTEN, { error: `Bitte eine Art wählen: ${LEISTUNGS_ARTEN.join(', ')}.` }),
  hilfeId: id.nullable().optional(),
  hilfeIds: z.array(id).max(50, 'Höchstens 50 Teilnehmende.').optional(),
  gruppenangebot: optText(200),
  bemerkung: optText(500),
};

export function leistungenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Leistungseinträge'];

  r.get(
    '/api/leistungen',
    {
      schema: {
        tags,
        summary: 'Eigene Leistungseinträge, neueste zuerst',
        querystring: z.object({
          von: datum.optional(),
          bis: datum.optional(),
          anzahl: z.coerce.number().int().min(1).max(1000).optional(),
        }),
      },
    },
    async (req) => listLeistungen(req.kontext(), req.query),
  );

  r.get(
    '/api/leistungen/hilfen',
    { schema: { tags, summary: 'Hilfen, für die die Person Stunden erfassen kann (eigene Fälle)' } },
    async (req) => listEigeneHilfen(req.kontext()),
  );

  r.post(
    '/api/leistungen',
    {
      schema: {
        tags,
        summary:
          'Leistung erfassen (422 bei ungültiger Dauer oder fremdem Fall, 409 bei Überschneidung oder abgeschlossenem Monat)',
        body: z.object(leistungFelder),
      },
    },
    async (req, reply) => reply.status(201).send(await createLeistung(req.kontext(), req.body)),
  );

  r.put(
    '/api/leistungen/:id',
    {
      schema: {
        tags,
        summary: 'Eigenen, noch nicht abgerechneten Eintrag ersetzen (409 bei veralteter Version)',
        params: z.object({ id }),
        body: z.object({ ...leistungFelder, version }),
      },
    },
    async (req) => updateLeistung(req.kontext(), req.params.id, req.body),
  );

  r.delete(
    '/api/leistungen/:id',
    {
      schema: {
        tags,
        summary: 'Eigenen, noch nicht abgerechneten Eintrag löschen',
        params: z.object({ id }),
      },
    },
    async (req, reply) => {
      await deleteLeistung(req.kontext(), req.params.id);
      return reply.status(204).send();
    },
  );
}
