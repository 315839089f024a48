import { fehler, hilfeplan, hpgTerminAenderung, neuerHpgTermin } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createHilfeplanTermin } from '../../use-cases/hilfeplan/create-hilfeplan-termin.ts';
import { createHilfeplanZiel } from '../../use-cases/hilfeplan/create-hilfeplan-ziel.ts';
import { deleteHilfeplanZiel } from '../../use-cases/hilfeplan/delete-hilfeplan-ziel.ts';
import { getHilfeplan } from '../../use-cases/hilfeplan/get-hilfeplan.ts';
import { updateHilfeplanTermin } from '../../use-cases/hilfeplan/update-hilfeplan-termin.ts';
import { updateHilfeplanZiel } from '../../use-cases/hilfeplan/update-hilfeplan-ziel.ts';
import { id, pflicht } from '../schemas.ts';

export function hilfeplanRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Hilfeplan'];
  const params = z.object({ hilfeId: id });

  r.get(
    '/api/hilfen/:hilfeId/hilfeplan',
    {
      schema: {
        tags,
        summary: 'Hilfeplan einer Hilfe: HPG-Termine, Ziele und Teilziele mit Überprüfung',
        params,
        response: { 200: hilfeplan, ...fehler },
      },
    },
    async (req) => getHilfeplan(req.kontext(), req.params.hilfeId),
  );
  r.post(
    '/api/hilfen/:hilfeId/hilfeplan/termine',
    {
      schema: {
        tags,
        summary: 'HPG-Termin setzen (ASD); die Berichtsfrist des Trägers folgt',
        params,
        body: neuerHpgTermin,
        response: { 201: hilfeplan, ...fehler },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createHilfeplanTermin(req.kontext(), req.params.hilfeId, req.body)),
  );
  r.patch(
    '/api/hilfeplan/termine/:id',
    {
      schema: {
        tags,
        summary: 'HPG verschieben, absagen, als gehalten vermerken mit Beteiligung und Zielüberprüfung (ASD)',
        params: z.object({ id }),
        body: hpgTerminAenderung,
        response: { 200: hilfeplan, ...fehler },
      },
    },
    async (req) => updateHilfeplanTermin(req.kontext(), req.params.id, req.body),
  );
  r.post(
    '/api/hilfen/:hilfeId/hilfeplan/ziele',
    {
      schema: {
        tags,
        summary: 'Ziel oder Teilziel des Hilfeplans anlegen (ASD)',
        params,
        body: z.object({ text: pflicht('das Ziel', 2000), oberzielId: id.nullable().optional() }),
        response: { 201: hilfeplan, ...fehler },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createHilfeplanZiel(req.kontext(), req.params.hilfeId, req.body)),
  );
  r.patch(
    '/api/hilfeplan/ziele/:id',
    {
      schema: {
        tags,
        summary: 'Ziel oder Teilziel umformulieren, solange kein HPG es überprüft hat (ASD; sonst 409)',
        params: z.object({ id }),
        body: z.object({ text: pflicht('das Ziel', 2000) }),
        response: { 200: hilfeplan, ...fehler },
      },
    },
    async (req) => updateHilfeplanZiel(req.kontext(), req.params.id, req.body),
  );
  r.delete(
    '/api/hilfeplan/ziele/:id',
    {
      schema: {
        tags,
        summary:
          'Ziel (mit Teilzielen) oder Teilziel löschen, solange kein HPG es überprüft hat (ASD; sonst 409)',
        params: z.object({ id }),
        response: { 200: hilfeplan, ...fehler },
      },
    },
    async (req) => deleteHilfeplanZiel(req.kontext(), req.params.id),
  );
}
