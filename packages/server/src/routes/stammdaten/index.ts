import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listJugendaemter } from '../../use-cases/stammdaten/list-jugendaemter.ts';
import { listKatalog } from '../../use-cases/stammdaten/list-katalog.ts';

export function stammdatenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Stammdaten'];
  r.get('/api/jugendaemter', { schema: { tags, summary: 'Alle Jugendämter' } }, async (req) =>
    listJugendaemter(req.kontext()),
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
            }),
          ),
        },
      },
    },
    async (req) => listKatalog(req.kontext()),
  );
}
