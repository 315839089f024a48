import { bereitschaftMonatParams, datei, dienst, dienstEingabe, leer } from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bereitschaftsplanPdf } from '../../use-cases/bereitschaft/bereitschaftsplan-pdf.ts';
import { createBereitschaft } from '../../use-cases/bereitschaft/create-bereitschaft.ts';
import { deleteBereitschaft } from '../../use-cases/bereitschaft/delete-bereitschaft.ts';
import { listBereitschaft } from '../../use-cases/bereitschaft/list-bereitschaft.ts';
import { fehler, id } from '../schemas.ts';

export function bereitschaftRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Bereitschaftsdienst'];

  r.get(
    '/api/bereitschaft/:monat',
    {
      schema: {
        tags,
        summary: 'Bereitschaftsdienstplan eines Monats (Leitung)',
        params: bereitschaftMonatParams,
        response: { 200: z.array(dienst), ...fehler },
      },
    },
    async (req) => listBereitschaft(req.kontext(), req.params.monat),
  );

  r.get(
    '/api/bereitschaft/:monat/pdf',
    {
      schema: {
        tags,
        summary: 'Bereitschaftsdienstplan als PDF für die Feuerwehr (Leitung)',
        params: bereitschaftMonatParams,
        response: { 200: datei('application/pdf', 'PDF'), ...fehler },
      },
    },
    async (req, reply) => {
      const pdf = await bereitschaftsplanPdf(req.kontext(), req.params.monat);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="Bereitschaftsdienst-${req.params.monat}.pdf"`)
        .send(pdf);
    },
  );

  r.post(
    '/api/bereitschaft/dienste',
    {
      schema: {
        tags,
        summary: 'Dienst in den Bereitschaftsplan eintragen (Leitung)',
        body: dienstEingabe,
        response: { 201: dienst, ...fehler },
      },
    },
    async (req, reply) => reply.status(201).send(await createBereitschaft(req.kontext(), req.body)),
  );

  r.delete(
    '/api/bereitschaft/dienste/:id',
    {
      schema: {
        tags,
        summary: 'Dienst aus dem Bereitschaftsplan nehmen (Leitung)',
        params: z.object({ id }),
        response: { 204: leer, ...fehler },
      },
    },
    async (req, reply) => {
      await deleteBereitschaft(req.kontext(), req.params.id);
      return reply.status(204).send(null);
    },
  );
}
