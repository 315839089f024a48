import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listBenutzer } from '../../use-cases/stammdaten/list-benutzer.ts';
import { listJugendaemter } from '../../use-cases/stammdaten/list-jugendaemter.ts';
import { listKatalog } from '../../use-cases/stammdaten/list-katalog.ts';

export function stammdatenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Stammdaten'];
  r.get('/api/jugendaemter', { schema: { tags, summary: 'Alle Jugendämter' } }, async (req) =>
    listJugendaemter(req.kontext()),
  );
  r.get(
    '/api/benutzer',
    { schema: { tags, summary: 'Mitarbeitende der eigenen Organisation' } },
    async (req) => listBenutzer(req.kontext()),
  );
  r.get(
    '/api/katalog',
    {
      schema: {
        tags,
        summary: 'Leistungen des Katalogs, Varianten mit Titel',
        response: {
          200: z.array(
            z.object({
              id: z.string(),
              titel: z.string(),
              rechtsgrundlage: z.array(z.string()),
              varianten: z.array(z.object({ id: z.string(), titel: z.string() })),
              stationaer: z.boolean(),
              anschluss: z
                .object({
                  text: z.string(),
                  quelle: z.string(),
                  herkunft: z.array(
                    z.object({ id: z.string(), text: z.string(), erlaeuterungNoetig: z.boolean() }),
                  ),
                })
                .nullable(),
              zusatzleistungen: z.object({ text: z.string(), quelle: z.string() }).nullable(),
              berichtsintervall: z
                .object({ regel: z.string(), monate: z.number(), quelle: z.string() })
                .nullable(),
              rechtsgrundlageQuelle: z.string(),
            }),
          ),
        },
      },
    },
    async (req) => listKatalog(req.kontext()),
  );
}
