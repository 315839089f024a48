import { traegerbudget, traegerbudgetControlling, traegerbudgetParams } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listTraegerbudgets } from '../../use-cases/traegerbudget/list-traegerbudgets.ts';
import { traegerbudgetControlling as controlling } from '../../use-cases/traegerbudget/traegerbudget-controlling.ts';
import { fehler } from '../schemas.ts';

/** The Jugendamt's Fachcontrolling: the Trägerbudgets agreed with it, aggregated. */
export function traegerbudgetRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Fachcontrolling'];
  r.get(
    '/api/traegerbudgets',
    {
      schema: {
        tags,
        summary: 'Trägerbudgets, die das Jugendamt mit Trägern vereinbart hat',
        response: { 200: z.array(traegerbudget), ...fehler },
      },
    },
    async (req) => listTraegerbudgets(req.kontext()),
  );
  r.get(
    '/api/traegerbudgets/:id/controlling',
    {
      schema: {
        tags,
        summary: 'Stunden je Quartal gegen den Plan, Raten, Nachverhandlung, Umsteuerung (nur Summen)',
        params: traegerbudgetParams,
        response: { 200: traegerbudgetControlling, ...fehler },
      },
    },
    async (req) => controlling(req.kontext(), req.params.id),
  );
}
