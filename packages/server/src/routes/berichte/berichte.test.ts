import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../dokumente/test-hilfen/pdf-text.ts';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';
import { zeilenzahlen } from '../../test/zeilenzahl.ts';

/**
 * Reports from the provider's case team to the granting Jugendamt: draft, edit, send (immutable, in the
 * Jugendamt's Posteingang, the deadline met), PDF, read receipt — and who may not. The Hilfe is made fresh
 * through a request of the Bremerhaven ASD, accepted with start 12.10.2026 (Handlungsplan due 23.11.2026).
 */
let t: TestApp;
let asd: TestSitzung;
let fachkraft: TestSitzung;
let leitung: TestSitzung;
let fall: string;
let hilfe: string;

const TABELLEN = ['bericht', 'posteingang', 'ereignis', 'frist', 'audit'] as const;
const zustand = () => zeilenzahlen(t, TABELLEN);

interface Frist {
  regel: string;
  status: string;
  nachweis: string | null;
}

beforeAll(async () => {
  t = await testApp();
  asd = await t.als('asd@jugendamt-bremerhaven.demo');
  fachkraft = await t.als('fachkraft@traeger-bremerhaven.demo');
  leitung = await t.als('leitung@traeger-bremerhaven.demo');
  for (const email of [
    'asd@jugendamt-wuppertal.demo',
    'leitung@kiju.demo',
    'fachkraft@kiju.demo',
    'verwaltung@traeger-bremerhaven.demo',
    'wjh@jugendamt-bremerhaven.demo',
    'controlling@jugendamt-bremerhaven.demo',
  ])
    await t.als(email);
  const anfrage = await asd.post('/api/anfragen', {
    traegerId: leitung.organisation.id,
    leistung: 'bremerhaven-ambulant',
    variante: 'p30-1',
    jungerMensch: { vorname: 'Rieke', nachname: 'Berichtsprobe', geburtsdatum: '2012-02-02' },
    beginn: '2026-10-12',
    empfehlung: null,
    kinderschutzrelevant: false,
    anlass: 'Erziehungsbeistand',
  });
  const zusage = await leitung.post(`/api/anfragen/${anfrage.json().id}/zusage`, { beginn: '2026-10-12' });
  expect(zusage.statusCode).toBe(201);
  ({ fallId: fall, hilfeId: hilfe } = zusage.json());
  expect((await leitung.post(`/api/faelle/${fall}/team/${fachkraft.benutzer.id}`)).statusCode).toBe(201);
});
afterAll(() => t.close());

async function fristen(): Promise<Frist[]> {
  return (await fachkraft.get(`/api/faelle/${fall}/fristen`)).json();
}

async function entwurf(art: string, inhalt: Record<string, unknown> = { verlauf: 'Regelmäßige Termine.' }) {
  const res = await fachkraft.post('/api/berichte', { hilfeId: hilfe, art, inhalt });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; status: string };
}

describe('Handlungsplan: Entwurf → senden → Posteingang → gelesen', () => {
  let bericht: string;
  let notiz: string;

  it('creates a draft the Jugendamt does not see yet', async () => {
    const b = await entwurf('handlungsplan', { ziele: 'Schulbesuch sichern.' });
    bericht = b.id;
    expect(b).toMatchObject({
      status: 'entwurf',
      version: 1,
      gesendetAm: null,
      hilfeId: hilfe,
      fallId: fall,
    });
    expect((await asd.get(`/api/berichte/${bericht}`)).statusCode).toBe(404);
    expect(
      (await asd.get('/api/posteingang')).json().map((p: { berichtId: string }) => p.berichtId),
    ).not.toContain(bericht);
    expect((await fachkraft.get(`/api/berichte/${bericht}/pdf`)).statusCode).toBe(409);
  });

  it('edits the draft with its version; a stale version is 409', async () => {
    const res = await fachkraft.patch(`/api/berichte/${bericht}`, {
      inhalt: { ziele: 'Schulbesuch sichern.', massnahmen: 'Wöchentliche Termine.' },
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().version).toBe(2);
    const alt = await fachkraft.patch(`/api/berichte/${bericht}`, { inhalt: { ziele: 'x' }, version: 1 });
    expect(alt.statusCode).toBe(409);
    expect(alt.json().aktuell.inhalt.massnahmen).toBe('Wöchentliche Termine.');
  });

  it('sends: status gesendet, the Handlungsplan deadline met, the timeline records it', async () => {
    expect((await fristen()).find((f) => f.regel === 'handlungsplan')?.status).toBe('ueberfaellig');
    const res = await fachkraft.post(`/api/berichte/${bericht}/senden`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'gesendet', erledigteFrist: { regel: 'handlungsplan' } });
    const f = (await fristen()).find((x) => x.regel === 'handlungsplan');
    expect(f).toMatchObject({ status: 'erledigt' });
    expect(f?.nachweis).toMatch(/Handlungsplan an das Jugendamt gesendet am 25\.11\.2026/);
    const akte = (await fachkraft.get(`/api/faelle/${fall}`)).json();
    expect(akte.ereignisse.map((e: { art: string }) => e.art)).toContain('handlungsplan_gesendet');
  });

  it('keeps the sent report unchanged: sending or editing again is 409 and changes nothing', async () => {
    const vorher = await zustand();
    const zweimal = await fachkraft.post(`/api/berichte/${bericht}/senden`);
    expect(zweimal.statusCode).toBe(409);
    expect(zweimal.json().fehler).toBe('Der Bericht ist bereits gesendet.');
    const aendern = await fachkraft.patch(`/api/berichte/${bericht}`, {
      inhalt: { ziele: 'neu' },
      version: 3,
    });
    expect(aendern.statusCode).toBe(409);
    expect(aendern.json().fehler).toMatch(/gesendet und kann nicht mehr geändert werden/);
    expect(await zustand()).toEqual(vorher);
    expect((await fachkraft.get(`/api/berichte/${bericht}`)).json().inhalt.ziele).toBe(
      'Schulbesuch sichern.',
    );
  });

  it('appears first in the granting Jugendamt’s Posteingang, unread', async () => {
    const res = await asd.get('/api/posteingang');
    expect(res.statusCode).toBe(200);
    const liste = res.json() as { id: string; gesendetAm: string; berichtId: string }[];
    expect(liste[0]).toMatchObject({ art: 'bericht', hilfeId: hilfe, gelesenAm: null, berichtId: bericht });
    expect(Object.keys(liste[0])).toEqual(
      expect.arrayContaining(['id', 'art', 'hilfeId', 'gesendetAm', 'gelesenAm']),
    );
    const zeiten = liste.map((p) => p.gesendetAm);
    expect(zeiten).toEqual([...zeiten].sort().reverse());
    expect(liste.length).toBeGreaterThanOrEqual(3); // two from the demo
    notiz = liste[0].id;
  });

  it('serves the sent report as a PDF to both sides', async () => {
    for (const s of [asd, fachkraft]) {
      const res = await s.get(`/api/berichte/${bericht}/pdf`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const text = pdfText(res.rawPayload);
      expect(text).toMatch(/Handlungsplan/);
      expect(text).toMatch(/Rieke Berichtsprobe, geb\. 02\.02\.2012/);
      expect(text).toMatch(/Schulbesuch sichern\./);
      expect(text).toMatch(/An: Jugendamt Bremerhaven/);
    }
  });

  it('hides report and notice from another Jugendamt and another provider (404)', async () => {
    const wup = await t.als('asd@jugendamt-wuppertal.demo');
    expect((await wup.get(`/api/berichte/${bericht}`)).statusCode).toBe(404);
    expect((await wup.get(`/api/berichte/${bericht}/pdf`)).statusCode).toBe(404);
    expect((await wup.get('/api/posteingang')).json().map((p: { id: string }) => p.id)).not.toContain(notiz);
    const vorher = await zustand();
    expect((await wup.post(`/api/posteingang/${notiz}/gelesen`)).statusCode).toBe(404);
    const kiju = await t.als('leitung@kiju.demo');
    expect((await kiju.get(`/api/berichte/${bericht}`)).statusCode).toBe(404);
    expect((await kiju.post(`/api/berichte/${bericht}/senden`)).statusCode).toBe(404);
    expect((await kiju.get(`/api/berichte?hilfeId=${hilfe}`)).json()).toEqual([]);
    expect(
      (
        await (
          await t.als('fachkraft@kiju.demo')
        ).post('/api/berichte', { hilfeId: hilfe, art: 'handlungsplan', inhalt: { a: 'b' } })
      ).statusCode,
    ).toBe(404);
    expect(await zustand()).toEqual(vorher);
  });

  it('records the read receipt once; the provider sees it', async () => {
    const res = await asd.post(`/api/posteingang/${notiz}/gelesen`);
    expect(res.statusCode).toBe(200);
    const gelesen = res.json().gelesenAm;
    expect(gelesen).toMatch(/^\d{4}-\d\d-\d\dT/);
    const nochmal = await asd.post(`/api/posteingang/${notiz}/gelesen`);
    expect(nochmal.json().gelesenAm).toBe(gelesen);
    const beiTraeger = (await fachkraft.get(`/api/berichte?hilfeId=${hilfe}`)).json();
    expect(beiTraeger.find((b: { id: string }) => b.id === bericht).gelesenAm).toBe(gelesen);
  });

  it('refuses the inbox to every role but the ASD (403)', async () => {
    for (const email of [
      'leitung@traeger-bremerhaven.demo',
      'fachkraft@traeger-bremerhaven.demo',
      'wjh@jugendamt-bremerhaven.demo',
      'controlling@jugendamt-bremerhaven.demo',
    ]) {
      const s = await t.als(email);
      expect((await s.get('/api/posteingang')).statusCode).toBe(403);
      expect((await s.post(`/api/posteingang/${notiz}/gelesen`)).statusCode).toBe(403);
    }
  });
});

describe('Other reports meet their own deadline', () => {
  it('an Entwicklungsbericht meets the half-year report, a Bericht vor HPG the one before the HPG', async () => {
    const hpg = await fachkraft.post(`/api/faelle/${fall}/ereignisse`, {
      art: 'hpg_geplant',
      datum: '2027-02-15',
      hilfeId: hilfe,
    });
    expect(hpg.statusCode, hpg.body).toBe(201);
    const e = await entwurf('entwicklungsbericht');
    const ges = await fachkraft.post(`/api/berichte/${e.id}/senden`);
    expect(ges.json().erledigteFrist.regel).toBe('bericht-halbjahr');
    const v = await entwurf('bericht-vor-hpg');
    expect((await fachkraft.post(`/api/berichte/${v.id}/senden`)).json().erledigteFrist.regel).toBe(
      'bericht-vor-hpg',
    );
    const offen = (await fristen()).filter((f) => f.status !== 'erledigt').map((f) => f.regel);
    expect(offen).not.toContain('bericht-vor-hpg');
  });
});

describe('GET /api/berichte/vorlage', () => {
  it('fills in the Hilfeplan’s goals, the hours and the dates; asks for group offers before an HPG', async () => {
    const asdPlan = await asd.post(`/api/hilfen/${hilfe}/hilfeplan/ziele`, {
      text: 'Rieke geht zur Schule.',
    });
    expect(asdPlan.statusCode).toBe(201);
    const res = await fachkraft.get(`/api/berichte/vorlage?hilfeId=${hilfe}&art=bericht-vor-hpg`);
    expect(res.statusCode, res.body).toBe(200);
    const { inhalt } = res.json();
    expect(inhalt.ziele).toBe('• Rieke geht zur Schule.');
    expect(inhalt.verlauf).toMatch(/^Hilfebeginn: 12\.10\.2026\. Geleistete Stunden bisher: 0,00\./);
    expect(inhalt.verlauf).toMatch(/Handlungsplan gesendet/);
    expect(Object.keys(inhalt)).toContain('gruppenangebote');
    const hp = (await fachkraft.get(`/api/berichte/vorlage?hilfeId=${hilfe}&art=handlungsplan`)).json();
    expect(Object.keys(hp.inhalt)).not.toContain('gruppenangebote');
    expect((await fachkraft.get(`/api/berichte/vorlage?hilfeId=${hilfe}&art=tagebuch`)).statusCode).toBe(422);
    expect(
      (
        await (
          await t.als('leitung@kiju.demo')
        ).get(`/api/berichte/vorlage?hilfeId=${hilfe}&art=handlungsplan`)
      ).statusCode,
    ).toBe(404);
    expect((await asd.get(`/api/berichte/vorlage?hilfeId=${hilfe}&art=handlungsplan`)).statusCode).toBe(403);
  });
});

describe('Bad input and refused roles', () => {
  it.each([
    ['an unknown kind', { art: 'tagebuch' }, 'art', /handlungsplan, entwicklungsbericht/],
    ['content that is not an object', { inhalt: 'Text' }, 'inhalt', /Objekt aus Abschnitten/],
    ['no Hilfe', { hilfeId: undefined }, 'hilfeId', /Hilfe angeben/],
  ])('refuses %s (422, nothing stored)', async (_, ueber, feld, meldung) => {
    const vorher = await zustand();
    const res = await fachkraft.post('/api/berichte', {
      hilfeId: hilfe,
      art: 'handlungsplan',
      inhalt: { a: 'b' },
      ...ueber,
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().felder[feld]).toMatch(meldung);
    expect(await zustand()).toEqual(vorher);
  });

  it('refuses to send an empty report (422) and leaves it a draft', async () => {
    const b = await entwurf('abschlussbericht', { verlauf: '  ', ausblick: '' });
    const vorher = await zustand();
    const res = await fachkraft.post(`/api/berichte/${b.id}/senden`);
    expect(res.statusCode).toBe(422);
    expect(res.json().felder.inhalt).toMatch(/leer/);
    expect(await zustand()).toEqual(vorher);
    expect((await fachkraft.get(`/api/berichte/${b.id}`)).json().status).toBe('entwurf');
  });

  it('refuses writing reports to Verwaltung and the Jugendamt (403)', async () => {
    const b = await entwurf('handlungsplan');
    const vorher = await zustand();
    for (const s of [await t.als('verwaltung@traeger-bremerhaven.demo'), asd]) {
      expect(
        (await s.post('/api/berichte', { hilfeId: hilfe, art: 'handlungsplan', inhalt: { a: 'b' } }))
          .statusCode,
      ).toBe(403);
      expect((await s.post(`/api/berichte/${b.id}/senden`)).statusCode).toBe(403);
      expect((await s.patch(`/api/berichte/${b.id}`, { inhalt: { a: 'b' }, version: 1 })).statusCode).toBe(
        403,
      );
    }
    expect(
      (await (await t.als('verwaltung@traeger-bremerhaven.demo')).get(`/api/berichte/${b.id}`)).statusCode,
    ).toBe(403);
    expect(await zustand()).toEqual(vorher);
  });
});
