import { dokument } from '@hilfewerk/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createDokument, type Upload } from '../../use-cases/dokumente/create-dokument.ts';
import { deleteDokument } from '../../use-cases/dokumente/delete-dokument.ts';
import { getDokument } from '../../use-cases/dokumente/get-dokument.ts';
import { listDokumente } from '../../use-cases/dokumente/list-dokumente.ts';
import { datei, fallParams, fehler, id, leer } from '../schemas.ts';
import { anhang, liesFormular } from './lies-upload.ts';

/** The case document form: the kind (`art`) and one file (`datei`). */
async function liesUpload(req: FastifyRequest): Promise<Upload> {
  const { felder, datei } = await liesFormular(req);
  return { art: felder.art, datei };
}

export function dokumenteRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Dokumente'];

  r.get(
    '/api/faelle/:id/dokumente',
    {
      schema: {
        tags,
        summary: 'Dokumente der Fallakte (ohne Inhalt)',
        params: fallParams,
        response: { 200: z.array(dokument), ...fehler },
      },
    },
    async (req) => listDokumente(req.kontext(), req.params.id),
  );

  r.post(
    '/api/faelle/:id/dokumente',
    {
      schema: {
        tags,
        summary:
          'Dokument hochladen (multipart/form-data: art, datei); PDF, JPEG, PNG oder DOCX, höchstens 10 MB',
        consumes: ['multipart/form-data'],
        params: fallParams,
        response: { 201: dokument, ...fehler },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createDokument(req.kontext(), req.params.id, () => liesUpload(req))),
  );

  r.get(
    '/api/dokumente/:id',
    {
      schema: {
        tags,
        summary: 'Dokument herunterladen; jeder Abruf wird protokolliert',
        params: z.object({ id }),
        response: {
          200: datei('application/octet-stream', 'Die Datei, mit ihrem erkannten Medientyp'),
          ...fehler,
        },
      },
    },
    async (req, reply) => {
      const d = await getDokument(req.kontext(), req.params.id);
      return reply
        .type(d.mime)
        .header('content-disposition', anhang(d.name))
        .header('cache-control', 'no-store')
        .send(d.inhalt);
    },
  );

  r.delete(
    '/api/dokumente/:id',
    {
      schema: {
        tags,
        summary: 'Dokument löschen (protokolliert)',
        params: z.object({ id }),
        response: { 204: leer, ...fehler },
      },
    },
    async (req, reply) => {
      await deleteDokument(req.kontext(), req.params.id);
      return reply.status(204).send(null);
    },
  );
}
