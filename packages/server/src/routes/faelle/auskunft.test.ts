import { audit } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../dokumente/test-hilfen/pdf-text.ts';
import { fallId, type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

/** Art. 15 GDPR: everything about one person of a case file, for the Leitung, audited. */
let t: TestApp;
let leitung: TestSitzung;
let fall: string;
let person: { id: string; vorname: string; nachname: string };
beforeAll(async () => {
  t = await testApp();
  leitung = await t.als('leitung@kiju.demo');
  fall = await fallId(t, 'KIJU-2026-001');
  person = (await leitung.get(`/api/faelle/${fall}`)).json().personen[0];
});
afterAll(() => t.close());

const url = () => `/api/faelle/${fall}/personen/${person.id}/auskunft`;

describe('GET /api/faelle/:id/personen/:personId/auskunft', () => {
  it('gives the Leitung the person, the case file, the recipients and the accesses as a JSON download', async () => {
    const fk = await t.als('fachkraft@kiju.demo');
    expect(
      (await fk.post(`/api/faelle/${fall}/notizen`, { text: 'Vor der Auskunft notiert' })).statusCode,
    ).toBe(201);
    const res = await leitung.get(url());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="auskunft-${person.id}.json"`);
    const a = res.json();
    expect(a.art).toBe('Auskunft nach Art. 15 DSGVO');
    expect(a.person).toMatchObject({ id: person.id, vorname: person.vorname, nachname: person.nachname });
    expect(a.person).not.toHaveProperty('organisationId');
    expect(a.fall).toMatchObject({ id: fall, aktenzeichen: 'KIJU-2026-001' });
    expect(a.hilfen.length).toBeGreaterThan(0);
    expect(a.empfaenger).toContain('Jugendamt Wuppertal');
    expect(a.notizen.map((n: { text: string }) => n.text)).toContain('Vor der Auskunft notiert');
    expect(a.ereignisse.length).toBeGreaterThan(0);
    // Who accessed the file: the Fachkraft's note and the Leitung's read of the file above.
    expect(a.zugriffe).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ aktion: 'anlegen', ressource: 'notiz', benutzer: fk.benutzer.name }),
        expect.objectContaining({ aktion: 'lesen', ressource: 'fall', ressourceId: fall }),
      ]),
    );
    expect(a.hinweise.join(' ')).toMatch(/Art\. 15 Abs\. 4/);
    const [zeile] = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressource, 'auskunft'), eq(audit.ressourceId, person.id))),
    );
    expect(zeile).toMatchObject({
      aktion: 'exportieren',
      benutzerId: leitung.benutzer.id,
      details: { fallId: fall, format: 'json' },
    });
  });

  it('refuses every other role (403) and answers 404 for a person of another case or organisation', async () => {
    for (const email of [
      'admin@kiju.demo',
      'fachkraft@kiju.demo',
      'verwaltung@kiju.demo',
      'asd@jugendamt-wuppertal.demo',
    ]) {
      expect((await (await t.als(email)).get(url())).statusCode, email).toBe(403);
    }
    const anderer = await fallId(t, 'KIJU-2026-002');
    expect((await leitung.get(`/api/faelle/${anderer}/personen/${person.id}/auskunft`)).statusCode).toBe(404);
    const tbh = await t.als('leitung@traeger-bremerhaven.demo');
    expect((await tbh.get(url())).statusCode).toBe(404);
    expect((await leitung.get(`/api/faelle/${fall}/personen/kein-uuid/auskunft`)).statusCode).toBe(404);
    const zeilen = await t.db.withSystemTx((tx) =>
      tx.select().from(audit).where(eq(audit.ressource, 'auskunft')),
    );
    expect(zeilen).toHaveLength(1);
  });
});

describe('GET /api/faelle/:id/personen/:personId/auskunft/pdf', () => {
  it('gives the Leitung the same information as a PDF with German headings and dates, audited as a PDF export', async () => {
    const res = await leitung.get(`${url()}/pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="auskunft-${person.id}.pdf"`);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Auskunft nach Art. 15 DSGVO');
    expect(text).toContain(`${person.vorname} ${person.nachname}`);
    expect(text).toContain('KIJU-2026-001');
    expect(text).toContain('Jugendamt Wuppertal');
    expect(text).toContain('Vor der Auskunft notiert');
    for (const titel of ['Hilfen', 'Ereignisse', 'Notizen', 'Fristen', 'Zugriffe auf die Akte', 'Hinweise']) {
      expect(text).toContain(titel);
    }
    // Dates as TT.MM.JJJJ, no ISO dates leak through.
    expect(text).toMatch(/\d{2}\.\d{2}\.\d{4}/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const zeilen = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressource, 'auskunft'), eq(audit.ressourceId, person.id))),
    );
    expect(zeilen.map((z) => z.details)).toContainEqual({ fallId: fall, format: 'pdf' });
  });

  it('refuses every other role (403) and answers 404 for another organisation, writing no audit row', async () => {
    const vorher = await t.db.withSystemTx((tx) =>
      tx.select().from(audit).where(eq(audit.ressource, 'auskunft')),
    );
    for (const email of ['admin@kiju.demo', 'fachkraft@kiju.demo', 'asd@jugendamt-wuppertal.demo']) {
      expect((await (await t.als(email)).get(`${url()}/pdf`)).statusCode, email).toBe(403);
    }
    const tbh = await t.als('leitung@traeger-bremerhaven.demo');
    expect((await tbh.get(`${url()}/pdf`)).statusCode).toBe(404);
    const nachher = await t.db.withSystemTx((tx) =>
      tx.select().from(audit).where(eq(audit.ressource, 'auskunft')),
    );
    expect(nachher).toHaveLength(vorher.length);
  });
});
