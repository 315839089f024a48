import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bereitschaftsplanPdf } from '../../use-cases/bereitschaft/bereitschaftsplan-pdf.ts';
import { createBereitschaft } from '../../use-cases/bereitschaft/create-bereitschaft.ts';
import { deleteBereitschaft } from '../../use-cases/bereitschaft/delete-bereitschaft.ts';
import { listBereitschaft } from '../../use-cases/bereitschaft/list-bereitschaft.ts';
import { fehlerAntwort, id, pflicht } from '../schemas.ts';

// A malformed month in the path is a page that does not exist (404), like a malformed id.
const monatParams = z.object({ monat: z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/) });
const zeitpunkt = (was: string) =>
  z.iso.datetime({
    offset: true,
    error: `Bitte ${was} als Zeitpunkt angeben, z. B. 2026-12-01T18:00:00+01:00.`,
  });
const dienst = z.object({
  id: z.string(),
  mitarbeiterId: z.string(),
  name: z.string(),
  von: z.string(),
  bis: z.string(),
  telefon: z.string(),
});

export function bereitschaftRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Bereitschaftsdienst'];

  r.get(
    '/api/bereitschaft/:monat',
    {
      schema: {
        tags,
        summary: 'Bereitschaftsdienstplan eines Monats (Leitung)',
        params: monatParams,
        response: { 200: z.array(dienst), 403: fehlerAntwort },
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
        params: monatParams,
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
        body: z.object({
          mitarbeiterId: id,
          von: zeitpunkt('den Beginn'),
          bis: zeitpunkt('das Ende'),
          telefon: pflicht('die Telefonnummer', 40),
        }),
        response: { 201: dienst, 403: fehlerAntwort, 422: fehlerAntwort },
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
      },
    },
    async (req, reply) => {
      await deleteBereitschaft(req.kontext(), req.params.id);
      return reply.status(204).send();
    },
  );
}
