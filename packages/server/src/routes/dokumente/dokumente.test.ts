import { audit, dokument } from '@hilfewerk/db';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kleinesPdf } from '../../demo/dokumente.ts';
import { hochladen } from '../../test/multipart.ts';
import { fallId, type TestApp, testApp } from '../../test/test-app.ts';

/**
 * Documents of a case file: KIJU-2026-001's team holds the Fachkraft; KIJU-2025-014 (with a demo Bescheid)
 * is another team's case; the Bremerhaven provider has its own demo Bescheid.
 */
let t: TestApp;
let fall: string;
let andererTeamFall: string;
let demoAndererTeam: string;
let demoFremd: string;

const PDF = kleinesPdf('Hilfeplan vom 12.11.2026');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR'),
]);
const DOCX = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from('..[Content_Types].xml..word/document.xml..'),
]);

const dokumente = async () =>
  (await t.db.withSystemTx((tx) => tx.select({ n: count() }).from(dokument)))[0].n;
const auditZeilen = (id: string) =>
  t.db.withSystemTx((tx) =>
    tx
      .select({ aktion: audit.aktion, details: audit.details })
      .from(audit)
      .where(and(eq(audit.ressource, 'dokument'), eq(audit.ressourceId, id))),
  );
const dokumentAudits = async () =>
  (
    await t.db.withSystemTx((tx) =>
      tx.select({ n: count() }).from(audit).where(eq(audit.ressource, 'dokument')),
    )
  )[0].n;

beforeAll(async () => {
  t = await testApp();
  fall = await fallId(t, 'KIJU-2026-001');
  andererTeamFall = await fallId(t, 'KIJU-2025-014');
  demoAndererTeam = (
    await (await t.als('leitung@kiju.demo')).get(`/api/faelle/${andererTeamFall}/dokumente`)
  ).json()[0].id;
  const tbh = await t.als('leitung@traeger-bremerhaven.demo');
  const [fremd] = await t.db.withSystemTx((tx) =>
    tx.select({ id: dokument.id }).from(dokument).where(eq(dokument.organisationId, tbh.organisation.id)),
  );
  demoFremd = fremd.id;
});
afterAll(() => t.close());

describe('Dokumente hochladen, auflisten, herunterladen, löschen', () => {
  it('the case team uploads a PDF: listed without content, downloaded byte for byte, each step audited', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const res = await hochladen(t, s, fall, 'hilfeplan', { name: 'Hilfeplan 2026.pdf', inhalt: PDF });
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({
      fallId: fall,
      name: 'Hilfeplan 2026.pdf',
      art: 'hilfeplan',
      mime: 'application/pdf',
      groesse: PDF.length,
      hochgeladenVon: { id: s.benutzer.id, name: s.benutzer.name },
    });
    expect(d).not.toHaveProperty('inhalt');

    const liste = (await s.get(`/api/faelle/${fall}/dokumente`)).json();
    expect(liste.map((x: { id: string }) => x.id)).toContain(d.id);
    expect(JSON.stringify(liste)).not.toContain('inhalt');

    const dl = await s.get(`/api/dokumente/${d.id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PDF)).toBe(true);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['content-disposition']).toBe(
      `attachment; filename="Hilfeplan 2026.pdf"; filename*=UTF-8''Hilfeplan%202026.pdf`,
    );
    expect(dl.headers['cache-control']).toBe('no-store');

    const zeilen = await auditZeilen(d.id);
    expect(zeilen.map((z) => z.aktion).sort()).toEqual(['anlegen', 'lesen']);
    for (const z of zeilen) {
      expect(z.details).toEqual({ fallId: fall, art: 'hilfeplan', groesse: PDF.length });
    }

    const weg = await s.del(`/api/dokumente/${d.id}`);
    expect(weg.statusCode).toBe(204);
    expect((await s.get(`/api/dokumente/${d.id}`)).statusCode).toBe(404);
    expect((await auditZeilen(d.id)).map((z) => z.aktion).sort()).toEqual(['anlegen', 'lesen', 'loeschen']);
  });

  it('takes the type from the content, not from the name or the browser', async () => {
    const s = await t.als('leitung@kiju.demo');
    const png = await hochladen(t, s, fall, 'sonstiges', {
      name: 'foto.pdf',
      inhalt: PNG,
      typ: 'application/pdf',
    });
    expect(png.statusCode, png.body).toBe(201);
    expect(png.json().mime).toBe('image/png');
    const docx = await hochladen(t, s, fall, 'bericht', { name: 'Bericht.docx', inhalt: DOCX });
    expect(docx.json().mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // A download names a non-ASCII file safely in both forms.
    const umlaut = await hochladen(t, s, fall, 'bescheid', { name: 'Bescheid Müller.pdf', inhalt: PDF });
    const dl = await s.get(`/api/dokumente/${umlaut.json().id}`);
    expect(dl.headers['content-disposition']).toBe(
      `attachment; filename="Bescheid M_ller.pdf"; filename*=UTF-8''Bescheid%20M%C3%BCller.pdf`,
    );
  });
});

describe('abgelehnte Uploads speichern nichts', () => {
  const fall0 = () => fall;
  const ablehnung = async (
    art: string | null,
    datei: { name: string; inhalt: Buffer; typ?: string } | null,
  ) => {
    const s = await t.als('fachkraft@kiju.demo');
    const vorher = [await dokumente(), await dokumentAudits()];
    const res = await hochladen(t, s, fall0(), art, datei);
    expect([await dokumente(), await dokumentAudits()]).toEqual(vorher);
    return res;
  };

  it('over 10 MB: 413 with a German message', async () => {
    const gross = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - PDF.length)]);
    const res = await ablehnung('bescheid', { name: 'scan.pdf', inhalt: gross });
    expect(res.statusCode).toBe(413);
    expect(res.json().fehler).toBe('Die Datei ist zu groß. Erlaubt sind höchstens 10 MB.');
  });

  it('exactly 10 MB is accepted', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const genau = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 - PDF.length)]);
    const res = await hochladen(t, s, fall, 'bescheid', { name: 'scan.pdf', inhalt: genau });
    expect(res.statusCode).toBe(201);
    expect(res.json().groesse).toBe(10 * 1024 * 1024);
  });

  it('a file that only claims to be a PDF, an EXE, a ZIP: 415', async () => {
    for (const inhalt of [
      Buffer.from('<html><script>alert(1)</script></html>'),
      Buffer.from('MZ\x90\x00this program'),
      Buffer.from('PK\x03\x04xl/workbook.xml'),
    ]) {
      const res = await ablehnung('bescheid', { name: 'bescheid.pdf', inhalt, typ: 'application/pdf' });
      expect(res.statusCode).toBe(415);
      expect(res.json().fehler).toBe(
        'Dieser Dateityp wird nicht angenommen. Erlaubt sind PDF, JPEG, PNG und Word-Dokumente (DOCX).',
      );
    }
  });

  it('no file, an empty file, no or an unknown kind: 422 per field', async () => {
    const ohne = await ablehnung('bescheid', null);
    expect(ohne.statusCode).toBe(422);
    expect(ohne.json().felder).toEqual({ datei: 'Bitte wählen Sie eine Datei aus.' });
    const leer = await ablehnung('bescheid', { name: 'leer.pdf', inhalt: Buffer.alloc(0) });
    expect(leer.statusCode).toBe(422);
    expect(leer.json().felder.datei).toBe('Bitte wählen Sie eine Datei aus.');
    const ohneArt = await ablehnung(null, { name: 'a.pdf', inhalt: PDF });
    expect(ohneArt.statusCode).toBe(422);
    expect(ohneArt.json().felder).toEqual({
      art: 'Bitte eine Art des Dokuments wählen: Hilfeplan, Bescheid, Bericht oder Sonstiges.',
    });
    expect((await ablehnung('rezept', { name: 'a.pdf', inhalt: PDF })).statusCode).toBe(422);
  });

  it('a JSON body instead of a form is a request without file: 422', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const vorher = await dokumente();
    const res = await s.post(`/api/faelle/${fall}/dokumente`, { art: 'bescheid', datei: 'JVBERi0x' });
    expect(res.statusCode).toBe(422);
    expect(res.json().felder.datei).toBe('Bitte wählen Sie eine Datei aus.');
    expect(await dokumente()).toBe(vorher);
  });
});

describe('wer darf', () => {
  it('another team’s case and its documents do not exist for the Fachkraft (404), nothing changes', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const vorher = [await dokumente(), await dokumentAudits()];
    expect((await s.get(`/api/faelle/${andererTeamFall}/dokumente`)).statusCode).toBe(404);
    expect((await s.get(`/api/dokumente/${demoAndererTeam}`)).statusCode).toBe(404);
    expect((await s.del(`/api/dokumente/${demoAndererTeam}`)).statusCode).toBe(404);
    const up = await hochladen(t, s, andererTeamFall, 'bescheid', { name: 'a.pdf', inhalt: PDF });
    expect(up.statusCode).toBe(404);
    expect([await dokumente(), await dokumentAudits()]).toEqual(vorher);
  });

  it('another organisation’s document: 404, even for its Leitung’s counterpart', async () => {
    const s = await t.als('leitung@kiju.demo');
    const vorher = await dokumente();
    expect((await s.get(`/api/dokumente/${demoFremd}`)).statusCode).toBe(404);
    expect((await s.get(`/api/dokumente/${demoFremd}`)).json().fehler).toBe(
      'Das Dokument wurde nicht gefunden.',
    );
    expect((await s.del(`/api/dokumente/${demoFremd}`)).statusCode).toBe(404);
    expect(await dokumente()).toBe(vorher);
  });

  it('Verwaltung, Administration and the Jugendamt: 403, the upload is not stored', async () => {
    for (const email of ['verwaltung@kiju.demo', 'admin@kiju.demo', 'asd@jugendamt-wuppertal.demo']) {
      const s = await t.als(email);
      const vorher = await dokumente();
      expect((await s.get(`/api/faelle/${fall}/dokumente`)).statusCode).toBe(403);
      expect((await s.get(`/api/dokumente/${demoAndererTeam}`)).statusCode).toBe(403);
      expect((await hochladen(t, s, fall, 'bescheid', { name: 'a.pdf', inhalt: PDF })).statusCode).toBe(403);
      expect((await s.del(`/api/dokumente/${demoAndererTeam}`)).statusCode).toBe(403);
      expect(await dokumente()).toBe(vorher);
    }
  });
});
