import {
  kalkulationsEingabe as eingabe,
  eingabevorgaben,
  ergebnis,
  exportFormat as format,
  kalkulationDetail,
  kalkulationKopf,
  kalkulationsLeistung,
  neueKalkulation,
  neueKalkulationsVersion,
  reiheParams,
  vorgabenAbfrage,
} from '@hilfewerk/api';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { berechneKalkulation } from '../../use-cases/kalkulationen/berechne-kalkulation.ts';
import { createKalkulation } from '../../use-cases/kalkulationen/create-kalkulation.ts';
import { createKalkulationVersion } from '../../use-cases/kalkulationen/create-kalkulation-version.ts';
import { type Datei, exportKalkulation } from '../../use-cases/kalkulationen/export-kalkulation.ts';
import { exportKalkulationEntwurf } from '../../use-cases/kalkulationen/export-kalkulation-entwurf.ts';
import { getKalkulation } from '../../use-cases/kalkulationen/get-kalkulation.ts';
import { getKalkulationVorgaben } from '../../use-cases/kalkulationen/get-kalkulation-vorgaben.ts';
import { listKalkulationen } from '../../use-cases/kalkulationen/list-kalkulationen.ts';
import { listKalkulationsLeistungen } from '../../use-cases/kalkulationen/list-kalkulations-leistungen.ts';
import { datei, fehler, id } from '../schemas.ts';

const INHALTSTYP = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

function sende(reply: FastifyReply, art: 'xlsx' | 'pdf', datei: Datei) {
  return reply
    .type(INHALTSTYP[art])
    .header('content-disposition', `attachment; filename="${datei.name}"`)
    .header('cache-control', 'no-store')
    .send(datei.inhalt);
}

/** Both formats of a calculation download, documented as one answer with two media types. */
const DATEI = {
  description: 'Kalkulationsblatt als XLSX oder PDF',
  content: {
    [INHALTSTYP.xlsx]: datei(INHALTSTYP.xlsx, '').content[INHALTSTYP.xlsx],
    [INHALTSTYP.pdf]: datei(INHALTSTYP.pdf, '').content[INHALTSTYP.pdf],
  },
};

export function kalkulationenRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Kalkulation'];

  r.get(
    '/api/kalkulationen/leistungen',
    {
      schema: {
        tags,
        summary: 'Leistungen und Varianten, für die kalkuliert werden kann',
        response: { 200: z.array(kalkulationsLeistung), ...fehler },
      },
    },
    async (req) => listKalkulationsLeistungen(req.kontext()),
  );

  r.get(
    '/api/kalkulationen/vorgaben',
    {
      schema: {
        tags,
        summary: 'Eingabefelder mit Vorbelegung und erlaubten Bereichen aus dem Katalog',
        querystring: vorgabenAbfrage,
        response: { 200: eingabevorgaben, ...fehler },
      },
    },
    async (req) => getKalkulationVorgaben(req.kontext(), req.query),
  );

  r.post(
    '/api/kalkulationen/berechnen',
    {
      schema: {
        tags,
        summary: 'Berechnen ohne zu speichern (422 mit Meldung je Feld)',
        body: eingabe,
        response: { 200: ergebnis, ...fehler },
      },
    },
    async (req) => berechneKalkulation(req.kontext(), req.body),
  );

  r.post(
    '/api/kalkulationen/export/:format',
    {
      schema: {
        tags,
        summary: 'Ungespeicherte Kalkulation als XLSX oder PDF',
        params: z.object({ format }),
        body: eingabe,
        response: { 200: DATEI, ...fehler },
      },
    },
    async (req, reply) =>
      sende(
        reply,
        req.params.format,
        await exportKalkulationEntwurf(req.kontext(), req.body, req.params.format),
      ),
  );

  r.get(
    '/api/kalkulationen',
    {
      schema: {
        tags,
        summary: 'Gespeicherte Kalkulationen (neueste Version je Kalkulation)',
        response: { 200: z.array(kalkulationKopf), ...fehler },
      },
    },
    async (req) => listKalkulationen(req.kontext()),
  );

  r.post(
    '/api/kalkulationen',
    {
      schema: {
        tags,
        summary: 'Kalkulation speichern (Version 1)',
        body: neueKalkulation,
        response: { 201: kalkulationDetail, ...fehler },
      },
    },
    async (req, reply) => reply.status(201).send(await createKalkulation(req.kontext(), req.body)),
  );

  r.get(
    '/api/kalkulationen/:id',
    {
      schema: {
        tags,
        summary: 'Eine Version mit allen Versionen ihrer Reihe',
        params: z.object({ id }),
        response: { 200: kalkulationDetail, ...fehler },
      },
    },
    async (req) => getKalkulation(req.kontext(), req.params.id),
  );

  r.post(
    '/api/kalkulationen/:reiheId/versionen',
    {
      schema: {
        tags,
        summary: 'Neue Version speichern (409, wenn inzwischen jemand eine neuere gespeichert hat)',
        params: reiheParams,
        body: neueKalkulationsVersion,
        response: { 201: kalkulationDetail, ...fehler },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createKalkulationVersion(req.kontext(), req.params.reiheId, req.body)),
  );

  r.get(
    '/api/kalkulationen/:id/:format',
    {
      schema: {
        tags,
        summary: 'Gespeicherte Version als XLSX oder PDF',
        params: z.object({ id, format }),
        response: { 200: DATEI, ...fehler },
      },
    },
    async (req, reply) =>
      sende(
        reply,
        req.params.format,
        await exportKalkulation(req.kontext(), req.params.id, req.params.format),
      ),
  );
}
