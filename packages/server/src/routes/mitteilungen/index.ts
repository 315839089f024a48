import { gesendeteTraegerMitteilung, neueTraegerMitteilung } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendTraegerMitteilung } from '../../use-cases/mitteilungen/send-traeger-mitteilung.ts';
import { fehler, id } from '../schemas.ts';

export function mitteilungenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/hilfen/:id/mitteilungen',
    {
      schema: {
        tags: ['Berichte'],
        summary: 'Mitteilung an das bewilligende Jugendamt (wesentliche Veränderung, Gruppenangebot)',
        params: z.object({ id }),
        body: neueTraegerMitteilung,
        response: { 201: gesendeteTraegerMitteilung, ...fehler },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await sendTraegerMitteilung(req.kontext(), req.params.id, req.body)),
  );
}
