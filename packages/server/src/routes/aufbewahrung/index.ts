import {
  aufbewahrungFilter,
  aufbewahrungsbericht,
  loeschsperre,
  loeschsperreStand,
  neueLoeschsperre,
} from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listAufbewahrung } from '../../use-cases/aufbewahrung/list-aufbewahrung.ts';
import { getLoeschsperre } from '../../use-cases/loeschsperre/get-loeschsperre.ts';
import { hebeLoeschsperreAuf } from '../../use-cases/loeschsperre/hebe-loeschsperre-auf.ts';
import { setzeLoeschsperre } from '../../use-cases/loeschsperre/setze-loeschsperre.ts';
import { fallParams, fehler } from '../schemas.ts';

export function aufbewahrungRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Aufbewahrung'];
  r.get(
    '/api/aufbewahrung',
    {
      schema: {
        tags,
        summary: 'Probelauf: welche Fallakten wann anonymisiert würden (Leitung, Administration)',
        querystring: aufbewahrungFilter,
        response: { 200: aufbewahrungsbericht, ...fehler },
      },
    },
    async (req) => listAufbewahrung(req.kontext(), req.query.stichtag),
  );
  r.get(
    '/api/faelle/:id/loeschsperre',
    {
      schema: {
        tags,
        summary: 'Die bestehende Löschsperre einer Akte oder keine (Leitung, Administration)',
        params: fallParams,
        response: { 200: loeschsperreStand, ...fehler },
      },
    },
    async (req) => getLoeschsperre(req.kontext(), req.params.id),
  );
  r.post(
    '/api/faelle/:id/loeschsperre',
    {
      schema: {
        tags,
        summary: 'Löschsperre setzen (Leitung; 409, wenn schon eine besteht)',
        params: fallParams,
        body: neueLoeschsperre,
        response: { 201: loeschsperre, ...fehler },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await setzeLoeschsperre(req.kontext(), req.params.id, req.body.grund)),
  );
  r.delete(
    '/api/faelle/:id/loeschsperre',
    {
      schema: {
        tags,
        summary: 'Löschsperre aufheben (Leitung; 404, wenn keine besteht)',
        params: fallParams,
        response: { 200: loeschsperre, ...fehler },
      },
    },
    async (req) => hebeLoeschsperreAuf(req.kontext(), req.params.id),
  );
}
