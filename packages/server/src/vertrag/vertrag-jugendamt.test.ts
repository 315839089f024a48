import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from '../test/test-app.ts';

/**
 * Contract "Jugendamt and Hilfeplan cycle": each endpoint called exactly as the contract writes it, asserting
 * the field names and status codes it names. Deeper behaviour is covered elsewhere: routes/anfragen/anfragen.test.ts
 * (who sees a request, 403/404, 409 on a second answer, the binding recommendation in the team),
 * routes/berichte/berichte.test.ts (drafts, versions, deadlines of each report kind, read receipt, PDF text).
 */
let t: TestApp;
let asd: TestSitzung;
let leitung: TestSitzung;
let fachkraft: TestSitzung;
let anfrageId: string;
let fallId: string;
let hilfeId: string;

const anfrage = (jungerMensch: { vorname: string; nachname: string; geburtsdatum: string }) => ({
  traegerId: leitung.organisation.id,
  leistung: 'bremerhaven-ambulant',
  variante: 'p30-1',
  jungerMensch,
  beginn: '2026-10-12',
  umfangStundenMonat: 8,
  empfehlung: 'fachkraft',
  kinderschutzrelevant: true,
  anlass: 'Erziehungsbeistand nach Schulabbruch',
});

beforeAll(async () => {
  t = await testApp();
  asd = await t.als('asd@jugendamt-bremerhaven.demo');
  leitung = await t.als('leitung@traeger-bremerhaven.demo');
  fachkraft = await t.als('fachkraft@traeger-bremerhaven.demo');
});
afterAll(() => t.close());

describe('GET /api/traeger (ASD)', () => {
  it('answers [{ id, name, leistungen: [ids] }]', async () => {
    const res = await asd.get('/api/traeger');
    expect(res.statusCode).toBe(200);
    const liste = res.json() as Record<string, unknown>[];
    expect(liste.length).toBeGreaterThan(0);
    for (const z of liste) {
      expect(typeof z.id).toBe('string');
      expect(typeof z.name).toBe('string');
      expect(Array.isArray(z.leistungen)).toBe(true);
      for (const l of z.leistungen as unknown[]) expect(typeof l).toBe('string');
    }
    expect(liste.find((z) => z.id === leitung.organisation.id)?.leistungen).toContain('bremerhaven-ambulant');
  });
});

describe('POST /api/anfragen → zusage / absage', () => {
  it('201 { id }; the addressed Leitung sees it in GET /api/anfragen, another provider gets 404', async () => {
    const res = await asd.post(
      '/api/anfragen',
      anfrage({ vorname: 'Vera', nachname: 'Vertrag', geburtsdatum: '2012-03-04' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    anfrageId = res.json().id;
    expect(anfrageId).toMatch(/^[0-9a-f-]{36}$/);
    const liste = (await leitung.get('/api/anfragen')).json() as { id: string }[];
    expect(liste.map((a) => a.id)).toContain(anfrageId);
    const fremd = await t.als('leitung@kiju.demo');
    expect((await fremd.get(`/api/anfragen/${anfrageId}`)).statusCode).toBe(404);
    expect(((await fremd.get('/api/anfragen')).json() as { id: string }[]).map((a) => a.id)).not.toContain(
      anfrageId,
    );
    expect((await fremd.post(`/api/anfragen/${anfrageId}/zusage`, { beginn: '2026-10-12' })).statusCode).toBe(
      404,
    );
  });

  it('zusage { beginn } → 201 { fallId, hilfeId }: the Hilfe at the provider, granted by that Jugendamt, with empfehlung and kinderschutzrelevant', async () => {
    const res = await leitung.post(`/api/anfragen/${anfrageId}/zusage`, { beginn: '2026-10-12' });
    expect(res.statusCode, res.body).toBe(201);
    ({ fallId, hilfeId } = res.json());
    expect(fallId).toMatch(/^[0-9a-f-]{36}$/);
    expect(hilfeId).toMatch(/^[0-9a-f-]{36}$/);
    const akte = (await leitung.get(`/api/faelle/${fallId}`)).json();
    const hilfe = akte.hilfen.find((h: { id: string }) => h.id === hilfeId);
    expect(hilfe).toMatchObject({
      jugendamt: { id: asd.organisation.id },
      empfehlung: 'fachkraft',
      kinderschutzrelevant: true,
    });
  });

  it('the case team takes a Fachkraft (the 409 for a semiprofessional one: anfragen.test.ts)', async () => {
    expect((await leitung.post(`/api/faelle/${fallId}/team/${fachkraft.benutzer.id}`)).statusCode).toBe(201);
  });

  it('absage { grund } → 200', async () => {
    const neu = await asd.post(
      '/api/anfragen',
      anfrage({ vorname: 'Aron', nachname: 'Absage', geburtsdatum: '2011-05-06' }),
    );
    expect(neu.statusCode).toBe(201);
    const res = await leitung.post(`/api/anfragen/${neu.json().id}/absage`, { grund: 'Kein Platz frei.' });
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('POST /api/berichte → senden → GET /api/posteingang', () => {
  let berichtId: string;

  it('POST /api/berichte { hilfeId, art, inhalt } → 201 draft', async () => {
    const res = await fachkraft.post('/api/berichte', {
      hilfeId,
      art: 'handlungsplan',
      inhalt: { ziele: 'Schulbesuch sichern', verlauf: 'Erste Termine vereinbart.' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ hilfeId, art: 'handlungsplan', status: 'entwurf' });
    berichtId = res.json().id;
  });

  it('senden → 200; later writes 409; the matching open deadline is closed', async () => {
    const res = await fachkraft.post(`/api/berichte/${berichtId}/senden`);
    expect(res.statusCode, res.body).toBe(200);
    expect((await fachkraft.post(`/api/berichte/${berichtId}/senden`)).statusCode).toBe(409);
    // With the current version: refused because it is sent, not because the version is stale.
    const { version } = (await fachkraft.get(`/api/berichte/${berichtId}`)).json();
    const aendern = await fachkraft.patch(`/api/berichte/${berichtId}`, {
      inhalt: { ziele: 'anders' },
      version,
    });
    expect(aendern.statusCode).toBe(409);
    expect(aendern.json().fehler).toMatch(/gesendet/);
    const fristen = (await fachkraft.get(`/api/faelle/${fallId}/fristen`)).json() as {
      regel: string;
      hilfeId: string | null;
      status: string;
    }[];
    expect(fristen.find((f) => f.regel === 'handlungsplan')?.status).toBe('erledigt');
  });

  it('GET /api/posteingang (ASD): newest first, each { id, art, hilfeId, gesendetAm, gelesenAm }', async () => {
    const res = await asd.get('/api/posteingang');
    expect(res.statusCode).toBe(200);
    const liste = res.json() as Record<string, unknown>[];
    for (const z of liste) {
      for (const feld of ['id', 'art', 'hilfeId', 'gesendetAm', 'gelesenAm']) expect(z).toHaveProperty(feld);
    }
    const zeiten = liste.map((z) => Date.parse(z.gesendetAm as string));
    expect(zeiten).toEqual([...zeiten].sort((a, b) => b - a));
    expect(liste[0]).toMatchObject({ art: 'bericht', hilfeId, gelesenAm: null });
    expect(Number.isNaN(Date.parse(liste[0].gesendetAm as string))).toBe(false);
    // Another Jugendamt's inbox does not carry it.
    const wup = await t.als('asd@jugendamt-wuppertal.demo');
    const fremd = (await wup.get('/api/posteingang')).json() as { hilfeId: string | null }[];
    expect(fremd.some((z) => z.hilfeId === hilfeId)).toBe(false);
  });

  it('GET /api/berichte/:id/pdf → the sent document', async () => {
    const res = await asd.get(`/api/berichte/${berichtId}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/pdf/);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
