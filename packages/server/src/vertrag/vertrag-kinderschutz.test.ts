import { fall, hilfe, person } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallId, type TestApp, type TestSitzung, testApp } from '../test/test-app.ts';
import { heute } from '../use-cases/fristen/intern/heute.ts';

/**
 * Contract "Child protection § 8a": the calls exactly as the contract writes them, with their status codes and
 * fields. The content rules of each step, free-text pseudonymisation, the PDF letter, the audit trail and who may
 * not are covered by routes/kinderschutz/kinderschutz.test.ts.
 */
let t: TestApp;
let fachkraft: TestSitzung;
let iefk: TestSitzung;
let fid: string;
let vid: string;
let hilfeId: string;
let kennungen: string[];
let personen: { vorname: string; nachname: string; geburtsdatum: string | null }[];
const HEUTE = heute();

beforeAll(async () => {
  t = await testApp();
  fachkraft = await t.als('fachkraft@kiju.demo');
  iefk = await t.als('iefk@kiju.demo');
  fid = await fallId(t, 'KIJU-2026-001');
  await t.db.withSystemTx(async (tx) => {
    personen = await tx.select().from(person).where(eq(person.fallId, fid));
    const [f] = await tx.select().from(fall).where(eq(fall.id, fid));
    const hilfen = await tx.select().from(hilfe).where(eq(hilfe.fallId, fid));
    hilfeId = hilfen[0].id;
    kennungen = [f.aktenzeichen, ...hilfen.map((h) => h.aktenzeichenJugendamt ?? '')].filter(
      (k) => k.length > 3,
    );
  });
});
afterAll(() => t.close());

const schritt = (art: string, inhalt: Record<string, unknown>) =>
  fachkraft.post(`/api/kinderschutz/${vid}/schritte`, { art, datum: HEUTE, inhalt });

describe('POST /api/kinderschutz and its steps', () => {
  it('POST /api/kinderschutz { fallId, anhaltspunkte } → 201 { id }', async () => {
    const res = await fachkraft.post('/api/kinderschutz', {
      fallId: fid,
      anhaltspunkte: 'Das Kind kommt seit Tagen ohne Frühstück und mit Hämatomen in die Schule.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(Object.keys(res.json())).toEqual(['id']);
    vid = res.json().id;
  });

  it('abschluss without gefaehrdungseinschaetzung → 409', async () => {
    const res = await schritt('abschluss', { ergebnis: 'keine-gefaehrdung', begruendung: 'x' });
    expect(res.statusCode).toBe(409);
    expect(res.json().fehler).toMatch(/Gefährdungseinschätzung/);
  });

  it('gefaehrdungseinschaetzung { art, datum, inhalt } → 201', async () => {
    const res = await schritt('gefaehrdungseinschaetzung', {
      beteiligte: ['Fachkraft A', 'Leitung B'],
      einschaetzung: 'gefaehrdung',
      begruendung: 'Wiederholte Verletzungen ohne Erklärung.',
    });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('GET /api/kinderschutz/:id/vignette (iefk) → 200 without names, birth dates or Aktenzeichen; 404 on the case', async () => {
    const res = await iefk.get(`/api/kinderschutz/${vid}/vignette`);
    expect(res.statusCode).toBe(200);
    for (const k of kennungen) expect(res.body).not.toContain(k);
    for (const p of personen) {
      expect(res.body).not.toContain(p.nachname);
      if (p.geburtsdatum) {
        expect(res.body).not.toContain(p.geburtsdatum);
        expect(res.body).not.toContain(p.geburtsdatum.split('-').reverse().join('.'));
      }
    }
    expect((await iefk.get(`/api/faelle/${fid}`)).statusCode).toBe(404);
    const beratung = await iefk.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'iefk-beratung',
      datum: HEUTE,
      inhalt: { empfehlung: 'Kinderarzt einbeziehen, Gespräch mit der Mutter.' },
    });
    expect(beratung.statusCode, beratung.body).toBe(201);
  });

  it('einbeziehung and schutzplan → 201', async () => {
    const e = await schritt('einbeziehung', {
      sorgeberechtigte: true,
      kind: true,
      ergebnis: 'Mutter nimmt Hilfe an.',
    });
    expect(e.statusCode, e.body).toBe(201);
    const s = await schritt('schutzplan', {
      vereinbarungen: [{ was: 'Kinderarzttermin', wer: 'Mutter', bis: '2099-01-10' }],
      ueberpruefungAm: '2099-01-15',
    });
    expect(s.statusCode, s.body).toBe(201);
  });

  it('mitteilung-jugendamt → 201 and a notice "art": "kinderschutz" in the granting Jugendamt’s Posteingang', async () => {
    const res = await schritt('mitteilung-jugendamt', {
      gefaehrdung: 'Körperliche Misshandlung wahrscheinlich',
      bisherigeMassnahmen: 'Schutzplan, Kinderarzt',
      begruendung: 'Vereinbarungen nicht eingehalten',
      sorgeberechtigteInformiert: true,
      ansprechperson: 'Fachkraft A, 0202 123456',
    });
    expect(res.statusCode, res.body).toBe(201);
    const asd = await t.als('asd@jugendamt-wuppertal.demo');
    const eingang = (await asd.get('/api/posteingang')).json() as Record<string, unknown>[];
    const notiz = eingang.find((n) => n.art === 'kinderschutz' && n.hilfeId === hilfeId);
    expect(notiz).toMatchObject({ art: 'kinderschutz', hilfeId, gelesenAm: null });
    expect(typeof notiz?.id).toBe('string');
    expect(typeof notiz?.gesendetAm).toBe('string');
    const fremd = (await (await t.als('asd@jugendamt-bremerhaven.demo')).get('/api/posteingang')).json() as {
      hilfeId: string | null;
    }[];
    expect(fremd.some((n) => n.hilfeId === hilfeId)).toBe(false);
  });

  it('abschluss → 201; a step after it → 409', async () => {
    const res = await schritt('abschluss', {
      ergebnis: 'an-jugendamt-uebergeben',
      begruendung: 'Jugendamt hat übernommen',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(
      (await schritt('schutzplan', { vereinbarungen: [], ueberpruefungAm: '2099-01-15' })).statusCode,
    ).toBe(409);
  });
});
