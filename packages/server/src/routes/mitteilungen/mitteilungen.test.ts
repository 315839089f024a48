import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../dokumente/test-hilfen/pdf-text.ts';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';
import { zeilenzahlen } from '../../test/zeilenzahl.ts';

/**
 * Notices of a wesentliche Veränderung or a Gruppenangebot from the case team to the Jugendamt that granted
 * the Hilfe: sent at once into its Posteingang (read there, PDF), audited by hash only, and who may not.
 */
let t: TestApp;
let asd: TestSitzung;
let fachkraft: TestSitzung;
let leitung: TestSitzung;
let hilfe: string;

const TABELLEN = ['posteingang', 'audit'] as const;
const zustand = () => zeilenzahlen(t, TABELLEN);
const gut = {
  art: 'veraenderung',
  betreff: 'Umzug der Mutter',
  text: 'Die Mutter zieht zum 01.12.2026 nach Bremen.',
};

beforeAll(async () => {
  t = await testApp();
  asd = await t.als('asd@jugendamt-bremerhaven.demo');
  fachkraft = await t.als('fachkraft@traeger-bremerhaven.demo');
  leitung = await t.als('leitung@traeger-bremerhaven.demo');
  for (const email of [
    'asd@jugendamt-wuppertal.demo',
    'leitung@kiju.demo',
    'verwaltung@traeger-bremerhaven.demo',
    'semiprofessionell@traeger-bremerhaven.demo',
  ])
    await t.als(email).catch(() => undefined);
  const anfrage = await asd.post('/api/anfragen', {
    traegerId: leitung.organisation.id,
    leistung: 'bremerhaven-ambulant',
    variante: 'p30-1',
    jungerMensch: { vorname: 'Mika', nachname: 'Mitteilungsprobe', geburtsdatum: '2012-03-03' },
    beginn: '2026-10-12',
    empfehlung: null,
    kinderschutzrelevant: false,
    anlass: 'Erziehungsbeistand',
  });
  const zusage = await leitung.post(`/api/anfragen/${anfrage.json().id}/zusage`, { beginn: '2026-10-12' });
  expect(zusage.statusCode).toBe(201);
  const fall = zusage.json().fallId as string;
  hilfe = zusage.json().hilfeId;
  expect((await leitung.post(`/api/faelle/${fall}/team/${fachkraft.benutzer.id}`)).statusCode).toBe(201);
});
afterAll(() => t.close());

describe('POST /api/hilfen/:id/mitteilungen', () => {
  let id: string;

  it('the Fachkraft sends a notice; it lands in the granting Jugendamt Posteingang with its label', async () => {
    const res = await fachkraft.post(`/api/hilfen/${hilfe}/mitteilungen`, gut);
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    const liste = (await asd.get('/api/posteingang')).json() as {
      id: string;
      art: string;
      titel: string;
      pdf: string;
    }[];
    const n = liste.find((x) => x.id === id);
    expect(n).toMatchObject({
      art: 'veraenderung',
      titel: 'Mitteilung: wesentliche Veränderung: Umzug der Mutter',
      hilfeId: hilfe,
      gelesenAm: null,
      pdf: `/api/posteingang/${id}/pdf`,
    });
  });

  it('the ASD reads the PDF; another Jugendamt gets 404', async () => {
    const pdf = await asd.get(`/api/posteingang/${id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('wesentlichen Veränderung');
    expect(text).toContain('Die Mutter zieht zum 01.12.2026 nach Bremen.');
    expect(text).toContain('Mika Mitteilungsprobe');
    const fremd = await t.als('asd@jugendamt-wuppertal.demo');
    expect((await fremd.get(`/api/posteingang/${id}/pdf`)).statusCode).toBe(404);
    expect(((await fremd.get('/api/posteingang')).json() as { id: string }[]).some((x) => x.id === id)).toBe(
      false,
    );
  });

  it('the Leitung sends a Gruppenangebot; the audit row holds a hash, not the text', async () => {
    const res = await leitung.post(`/api/hilfen/${hilfe}/mitteilungen`, {
      art: 'gruppenangebot',
      betreff: 'Ferienfreizeit',
      text: 'Wir bieten eine Ferienfreizeit an.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const rows = await t.db.withSystemTx(
      async (tx) =>
        (
          (await tx.execute(
            sql`select details::text as d from audit where ressource = 'posteingang' and ressource_id = ${res.json().id}`,
          )) as unknown as { rows: { d: string }[] }
        ).rows,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].d).toMatch(/inhaltHash/);
    expect(rows[0].d).not.toContain('Ferienfreizeit');
  });

  it('refuses other roles (403) and other organisations (404), writing nothing', async () => {
    const vorher = await zustand();
    for (const email of ['verwaltung@traeger-bremerhaven.demo', 'asd@jugendamt-bremerhaven.demo']) {
      const s = await t.als(email);
      expect((await s.post(`/api/hilfen/${hilfe}/mitteilungen`, gut)).statusCode, email).toBe(403);
    }
    const fremd = await t.als('leitung@kiju.demo');
    expect((await fremd.post(`/api/hilfen/${hilfe}/mitteilungen`, gut)).statusCode).toBe(404);
    expect(await zustand()).toEqual(vorher);
  });

  it.each([
    ['art', { ...gut, art: 'bericht' }],
    ['betreff', { ...gut, betreff: '  ' }],
    ['betreff', { ...gut, betreff: 'x'.repeat(201) }],
    ['text', { ...gut, text: '' }],
    ['text', { ...gut, text: 'x'.repeat(8001) }],
  ])('bad %s: 422 in German, nothing written', async (feld, body) => {
    const vorher = await zustand();
    const res = await fachkraft.post(`/api/hilfen/${hilfe}/mitteilungen`, body);
    expect(res.statusCode).toBe(422);
    expect(JSON.stringify(res.json())).toMatch(/Bitte|Höchstens/);
    expect(JSON.stringify(res.json())).toContain(feld);
    expect(await zustand()).toEqual(vorher);
  });

  it('422 when the granting body is no Jugendamt in Hilfewerk: send by a secure channel, nothing written', async () => {
    const setze = (wer: string) =>
      t.db.withSystemTx((tx) => tx.execute(sql`update hilfe set jugendamt_id = ${wer} where id = ${hilfe}`));
    const ja = asd.organisation.id;
    await setze(leitung.organisation.id);
    try {
      const vorher = await zustand();
      const res = await fachkraft.post(`/api/hilfen/${hilfe}/mitteilungen`, gut);
      expect(res.statusCode).toBe(422);
      expect(res.json().fehler).toMatch(/sicherem Weg/);
      expect(await zustand()).toEqual(vorher);
    } finally {
      await setze(ja);
    }
  });
});
