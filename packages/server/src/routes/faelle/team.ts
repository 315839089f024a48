import { team } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addTeamMitglied } from '../../use-cases/team/add-team-mitglied.ts';
import { removeTeamMitglied } from '../../use-cases/team/remove-team-mitglied.ts';
import { fehler, id, leer } from '../schemas.ts';

export function teamRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Fallteam'];
  const params = z.object({ id, benutzerId: id });

  r.post(
    '/api/faelle/:id/team/:benutzerId',
    {
      schema: {
        tags,
        summary: 'Person ins Fallteam aufnehmen; liefert das Team',
        params,
        response: { 201: team, ...fehler },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addTeamMitglied(req.kontext(), req.params.id, req.params.benutzerId)),
  );

  r.delete(
    '/api/faelle/:id/team/:benutzerId',
    {
      schema: {
        tags,
        summary: 'Person aus dem Fallteam entfernen',
        params,
        response: { 204: leer, ...fehler },
      },
    },
    async (req, reply) => {
      await removeTeamMitglied(req.kontext(), req.params.id, req.params.benutzerId);
      return reply.status(204).send(null);
    },
  );
}
