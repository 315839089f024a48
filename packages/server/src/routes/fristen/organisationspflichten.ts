import {
  eigenePflicht,
  eigenePflichtAenderung,
  neueEigenePflicht,
  organisationsfrist,
  version,
} from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { erledigeOrganisationsfristMitBericht } from '../../use-cases/fristen/erledige-organisationsfrist-mit-bericht.ts';
import { getOrganisationsfristBericht } from '../../use-cases/fristen/get-organisationsfrist-bericht.ts';
import { beendeEigenePflicht } from '../../use-cases/pflichten/beende-eigene-pflicht.ts';
import { createEigenePflicht } from '../../use-cases/pflichten/create-eigene-pflicht.ts';
import { listEigenePflichten } from '../../use-cases/pflichten/list-eigene-pflichten.ts';
import { updateEigenePflicht } from '../../use-cases/pflichten/update-eigene-pflicht.ts';
import { anhang, liesFormular } from '../dokumente/lies-upload.ts';
import { datei, fehler, id } from '../schemas.ts';

/** The organisation's duties beyond the catalogue: reports attached to met deadlines, own recurring duties. */
export function organisationspflichtenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Fristen'];

  r.post(
    '/api/organisationsfristen/:id/bericht',
    {
      schema: {
        tags,
        summary:
          'Frist des Trägers mit angehängtem Bericht erledigen (multipart/form-data: erledigtAm, nachweis?, datei); PDF, JPEG, PNG oder DOCX, höchstens 10 MB',
        consumes: ['multipart/form-data'],
        params: z.object({ id }),
        response: { 200: organisationsfrist, ...fehler },
      },
    },
    async (req) =>
      erledigeOrganisationsfristMitBericht(req.kontext(), req.params.id, () => liesFormular(req)),
  );

  r.get(
    '/api/organisationsfristen/:id/bericht',
    {
      schema: {
        tags,
        summary:
          'Den angehängten Bericht einer Frist des Trägers herunterladen; jeder Abruf wird protokolliert',
        params: z.object({ id }),
        response: {
          200: datei('application/octet-stream', 'Der Bericht, mit seinem erkannten Medientyp'),
          ...fehler,
        },
      },
    },
    async (req, reply) => {
      const d = await getOrganisationsfristBericht(req.kontext(), req.params.id);
      return reply
        .type(d.mime)
        .header('content-disposition', anhang(d.name))
        .header('cache-control', 'no-store')
        .send(d.inhalt);
    },
  );

  r.get(
    '/api/eigene-pflichten',
    {
      schema: {
        tags,
        summary: 'Wiederkehrende Pflichten, die die Leitung selbst festgelegt hat (z. B. Supervision)',
        response: { 200: z.array(eigenePflicht), ...fehler },
      },
    },
    async (req) => listEigenePflichten(req.kontext()),
  );

  r.post(
    '/api/eigene-pflichten',
    {
      schema: {
        tags,
        summary: 'Eigene wiederkehrende Pflicht anlegen (Titel, Rhythmus, erster Termin, Hinweis)',
        body: neueEigenePflicht,
        response: { 201: eigenePflicht, ...fehler },
      },
    },
    async (req, reply) => reply.status(201).send(await createEigenePflicht(req.kontext(), req.body)),
  );

  r.put(
    '/api/eigene-pflichten/:id',
    {
      schema: {
        tags,
        summary: 'Eigene Pflicht ändern; offene Fristen folgen dem neuen Rhythmus',
        params: z.object({ id }),
        body: eigenePflichtAenderung,
        response: { 200: eigenePflicht, ...fehler },
      },
    },
    async (req) => updateEigenePflicht(req.kontext(), req.params.id, req.body),
  );

  r.post(
    '/api/eigene-pflichten/:id/beenden',
    {
      schema: {
        tags,
        summary: 'Eigene Pflicht ab heute beenden; ihre offenen Fristen entfallen',
        params: z.object({ id }),
        body: z.object({ version }),
        response: { 200: eigenePflicht, ...fehler },
      },
    },
    async (req) => beendeEigenePflicht(req.kontext(), req.params.id, req.body.version),
  );
}
