import { fehler, gewaehrteHilfeDetail, gewaehrteHilfen } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getGewaehrteHilfe } from '../../use-cases/gewaehrte-hilfen/get-gewaehrte-hilfe.ts';
import { listGewaehrteHilfen } from '../../use-cases/gewaehrte-hilfen/list-gewaehrte-hilfen.ts';
import { id } from '../schemas.ts';

export function gewaehrteHilfenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Jugendamt'];
  r.get(
    '/api/gewaehrte-hilfen',
    {
      schema: {
        tags,
        summary: 'Gewährte Hilfen des Jugendamts mit offenen Fristen und empfangenen Berichten (ASD)',
        response: { 200: gewaehrteHilfen, ...fehler },
      },
    },
    async (req) => listGewaehrteHilfen(req.kontext()),
  );
  r.get(
    '/api/gewaehrte-hilfen/:id',
    {
      schema: {
        tags,
        summary:
          'Eine gewährte Hilfe: alle Fristen gegenüber dem Jugendamt und die empfangenen Berichte (ASD)',
        params: z.object({ id }),
        response: { 200: gewaehrteHilfeDetail, ...fehler },
      },
    },
    async (req) => getGewaehrteHilfe(req.kontext(), req.params.id),
  );
}
