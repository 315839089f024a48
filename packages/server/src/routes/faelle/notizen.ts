import { neueNotiz, notiz } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createNotiz } from '../../use-cases/notizen/create-notiz.ts';
import { listNotizen } from '../../use-cases/notizen/list-notizen.ts';
import { fallParams, fehler } from '../schemas.ts';

export function notizenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Notizen'];

  r.get(
    '/api/faelle/:id/notizen',
    {
      schema: {
        tags,
        summary: 'Notizen des Falls; das Lesen besonderer Kategorien wird protokolliert',
        params: fallParams,
        response: { 200: z.array(notiz), ...fehler },
      },
    },
    async (req) => listNotizen(req.kontext(), req.params.id),
  );

  r.post(
    '/api/faelle/:id/notizen',
    {
      schema: {
        tags,
        summary: 'Notiz anlegen; besondereKategorie für Gesundheitsdaten und § 8a',
        params: fallParams,
        body: neueNotiz,
        response: { 201: notiz, ...fehler },
      },
    },
    async (req, reply) => reply.status(201).send(await createNotiz(req.kontext(), req.params.id, req.body)),
  );
}
