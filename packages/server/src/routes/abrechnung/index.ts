import {
  abschluss,
  abschlussAnfrage,
  abschlussErgebnis,
  datevAbfrage,
  gutschriftEingabe,
  monatParams,
  pruefungEingabe,
  rechnung,
  rechnungenFilter,
  statusEingabe,
  vorschau,
} from '@hilfewerk/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { closeMonat } from '../../use-cases/abrechnung/close-monat.ts';
import { createGutschrift } from '../../use-cases/abrechnung/create-gutschrift.ts';
import { datevExport } from '../../use-cases/abrechnung/datev-export.ts';
import { getRechnung } from '../../use-cases/abrechnung/get-rechnung.ts';
import { listAbschluesse } from '../../use-cases/abrechnung/list-abschluesse.ts';
import { listRechnungen } from '../../use-cases/abrechnung/list-rechnungen.ts';
import { offeneMonate } from '../../use-cases/abrechnung/offene-monate.ts';
import { pruefeRechnung } from '../../use-cases/abrechnung/pruefe-rechnung.ts';
import { rechnungDokument } from '../../use-cases/abrechnung/rechnung-dokument.ts';
import { setzeRechnungsstatus } from '../../use-cases/abrechnung/setze-rechnungsstatus.ts';
import { vorschauMonat } from '../../use-cases/abrechnung/vorschau-monat.ts';
import { datei, fehler, id } from '../schemas.ts';

/** Safe file names: invoice numbers are letters, digits and dashes already. */
const dateiname = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_');

export function abrechnungRouten(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Abrechnung'];

  r.post(
    '/api/abschluesse',
    {
      schema: {
        tags,
        summary:
          'Monat abschließen: Einträge sperren, Rechnungen je Jugendamt erzeugen (409 beim zweiten Mal)',
        body: abschlussAnfrage,
        response: { 201: abschlussErgebnis, ...fehler },
      },
    },
    async (req, reply) => reply.status(201).send(await closeMonat(req.kontext(), req.body.monat)),
  );

  r.get(
    '/api/abschluesse',
    { schema: { tags, summary: 'Abgeschlossene Monate', response: { 200: z.array(abschluss), ...fehler } } },
    async (req) => listAbschluesse(req.kontext()),
  );

  r.get(
    '/api/abschluesse/offen',
    {
      schema: {
        tags,
        summary: 'Vergangene, noch nicht abgeschlossene Monate, älteste zuerst',
        response: { 200: z.array(z.string()), ...fehler },
      },
    },
    async (req) => offeneMonate(req.kontext()),
  );

  r.get(
    '/api/abschluesse/:monat/vorschau',
    {
      schema: {
        tags,
        summary: 'Vorschau eines Monatsabschlusses je Jugendamt (Einträge, Stunden, Beträge, Warnungen)',
        params: monatParams,
        response: { 200: vorschau, ...fehler },
      },
    },
    async (req) => vorschauMonat(req.kontext(), req.params.monat),
  );

  r.get(
    '/api/abschluesse/:monat/datev',
    {
      schema: {
        tags,
        summary: 'DATEV-Buchungsstapel (EXTF, CSV) der Rechnungen eines abgeschlossenen Monats',
        params: monatParams,
        querystring: datevAbfrage,
        response: { 200: datei('text/csv', 'DATEV-Buchungsstapel (EXTF, Windows-1252)'), ...fehler },
      },
    },
    async (req, reply) => {
      const e = await datevExport(req.kontext(), req.params.monat, req.query.wirtschaftsjahr);
      const jahr = e.wirtschaftsjahre.length > 1 ? `_WJ${e.wirtschaftsjahr}` : '';
      return reply
        .type('text/csv; charset=windows-1252')
        .header(
          'content-disposition',
          `attachment; filename="EXTF_Rechnungen_${req.params.monat}${jahr}.csv"`,
        )
        .header('x-hilfewerk-wirtschaftsjahre', e.wirtschaftsjahre.join(','))
        .header('x-hilfewerk-bereits-exportiert', e.bereitsExportiert.join(','))
        .send(e.inhalt);
    },
  );

  r.get(
    '/api/rechnungen',
    {
      schema: {
        tags,
        summary: 'Rechnungen und Gutschriften',
        querystring: rechnungenFilter,
        response: { 200: z.array(rechnung), ...fehler },
      },
    },
    async (req) => listRechnungen(req.kontext(), req.query),
  );

  r.post(
    '/api/rechnungen/:id/status',
    {
      schema: {
        tags,
        summary: 'Rechnung als versendet oder bezahlt markieren (mit Datum)',
        params: z.object({ id }),
        body: statusEingabe,
        response: { 200: rechnung, ...fehler },
      },
    },
    async (req) => setzeRechnungsstatus(req.kontext(), req.params.id, req.body),
  );

  r.post(
    '/api/rechnungen/:id/pruefung',
    {
      schema: {
        tags,
        summary:
          'Jugendamt (Wirtschaftliche Jugendhilfe): eingegangene Rechnung als sachlich richtig, dann als angewiesen vermerken',
        params: z.object({ id }),
        body: pruefungEingabe,
        response: { 200: rechnung, ...fehler },
      },
    },
    async (req) => pruefeRechnung(req.kontext(), req.params.id, req.body),
  );

  r.get(
    '/api/rechnungen/:id',
    {
      schema: {
        tags,
        summary: 'Eine Rechnung mit Positionen',
        params: z.object({ id }),
        response: { 200: rechnung, ...fehler },
      },
    },
    async (req) => getRechnung(req.kontext(), req.params.id),
  );

  r.get(
    '/api/rechnungen/:id/pdf',
    {
      schema: {
        tags,
        summary: 'Rechnung als PDF',
        params: z.object({ id }),
        response: { 200: datei('application/pdf', 'PDF'), ...fehler },
      },
    },
    async (req, reply) => {
      const { nummer, inhalt } = await rechnungDokument(req.kontext(), req.params.id, 'pdf');
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${dateiname(nummer)}.pdf"`)
        .send(inhalt);
    },
  );

  r.get(
    '/api/rechnungen/:id/xrechnung',
    {
      schema: {
        tags,
        summary: 'Rechnung als XRechnung 3.0 (UBL)',
        params: z.object({ id }),
        response: { 200: datei('application/xml', 'XRechnung (UBL)'), ...fehler },
      },
    },
    async (req, reply) => {
      const { nummer, inhalt } = await rechnungDokument(req.kontext(), req.params.id, 'xrechnung');
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${dateiname(nummer)}.xml"`)
        .send(inhalt);
    },
  );

  r.post(
    '/api/rechnungen/:id/gutschrift',
    {
      schema: {
        tags,
        summary:
          'Gutschrift zu einer Rechnung (ganz oder für einzelne Positionen); die Rechnung bleibt unverändert',
        params: z.object({ id }),
        body: gutschriftEingabe,
        response: { 201: rechnung, ...fehler },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createGutschrift(req.kontext(), req.params.id, req.body)),
  );
}
