import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';
import { zeilenzahlen } from '../../test/zeilenzahl.ts';

/**
 * The request cycle between a Jugendamt and a provider: the ASD asks (POST /api/anfragen), the addressed
 * provider's Leitung accepts (case and Hilfe at the provider, granted by that Jugendamt) or declines. Each side
 * sees only its own requests; everyone else gets 404 or 403.
 */
let t: TestApp;
let asdBhv: TestSitzung;
let leitungTbh: TestSitzung;
let tbh: string;
let kiju: string;

const TABELLEN = ['anfrage', 'fall', 'person', 'hilfe', 'frist', 'fall_team', 'audit'] as const;
const zustand = () => zeilenzahlen(t, TABELLEN);

const anfrageBhv = (ueber: Record<string, unknown> = {}) => ({
  traegerId: tbh,
  leistung: 'bremerhaven-ambulant',
  variante: 'p31',
  jungerMensch: { vorname: 'Paula', nachname: 'Probe', geburtsdatum: '2014-04-04' },
  beginn: '2026-12-01',
  umfangStundenMonat: 6,
  empfehlung: 'fachkraft',
  kinderschutzrelevant: true,
  anlass: 'Familie braucht Unterstützung im Alltag.',
  ...ueber,
});

beforeAll(async () => {
  t = await testApp();
  asdBhv = await t.als('asd@jugendamt-bremerhaven.demo');
  leitungTbh = await t.als('leitung@traeger-bremerhaven.demo');
  tbh = leitungTbh.organisation.id;
  kiju = (await t.als('leitung@kiju.demo')).organisation.id;
});
afterAll(() => t.close());

describe('GET /api/traeger', () => {
  it('lists the providers with their Leistungen, those of the own Bundesland first', async () => {
    const res = await asdBhv.get('/api/traeger');
    expect(res.statusCode).toBe(200);
    const liste = res.json() as { id: string; name: string; leistungen: string[] }[];
    expect(liste[0]).toMatchObject({ id: tbh, name: 'Träger Bremerhaven' });
    expect(liste[0].leistungen.sort()).toEqual(['bremerhaven-ambulant', 'lt11-nachbetreuung']);
    expect(liste.find((x) => x.id === kiju)?.leistungen).toEqual(['kiju-nachbetreuung']);
    const wup = (await (await t.als('asd@jugendamt-wuppertal.demo')).get('/api/traeger')).json();
    expect(wup[0].name).toBe('KIJU Wuppertal');
  });

  it('refuses provider roles and other Jugendamt roles (403)', async () => {
    for (const email of ['leitung@kiju.demo', 'fachkraft@kiju.demo', 'wjh@jugendamt-bremerhaven.demo']) {
      expect((await (await t.als(email)).get('/api/traeger')).statusCode).toBe(403);
    }
  });
});

describe('POST /api/anfragen', () => {
  it('stores the request; the ASD and the addressed Leitung see it, nobody else', async () => {
    const res = await asdBhv.post('/api/anfragen', anfrageBhv());
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const eigene = (await asdBhv.get('/api/anfragen')).json();
    expect(eigene[0]).toMatchObject({
      id,
      status: 'offen',
      traeger: { id: tbh, name: 'Träger Bremerhaven' },
      jungerMensch: { vorname: 'Paula', nachname: 'Probe', geburtsdatum: '2014-04-04' },
      umfangStundenMonat: 6,
      empfehlung: 'fachkraft',
      kinderschutzrelevant: true,
    });
    expect((await leitungTbh.get('/api/anfragen')).json().map((a: { id: string }) => a.id)).toContain(id);
    const kijuLeitung = (await (await t.als('leitung@kiju.demo')).get('/api/anfragen')).json();
    expect(kijuLeitung.map((a: { id: string }) => a.id)).not.toContain(id);
    expect((await asdBhv.get(`/api/anfragen/${id}`)).json()).toMatchObject({ id, status: 'offen' });
    expect((await leitungTbh.get(`/api/anfragen/${id}`)).statusCode).toBe(200);
    expect((await (await t.als('leitung@kiju.demo')).get(`/api/anfragen/${id}`)).statusCode).toBe(404);
    expect((await (await t.als('asd@jugendamt-wuppertal.demo')).get(`/api/anfragen/${id}`)).statusCode).toBe(
      404,
    );
    expect(
      (await (await t.als('fachkraft@traeger-bremerhaven.demo')).get(`/api/anfragen/${id}`)).statusCode,
    ).toBe(403);
    const wup = (await (await t.als('asd@jugendamt-wuppertal.demo')).get('/api/anfragen')).json();
    expect(wup.map((a: { id: string }) => a.id)).not.toContain(id);
    expect(
      wup.every((a: { jugendamt: { name: string } }) => a.jugendamt.name === 'Jugendamt Wuppertal'),
    ).toBe(true);
  });

  it('refuses a Leistung the provider does not offer, naming the offered ones (422, nothing stored)', async () => {
    const vorher = await zustand();
    const res = await asdBhv.post(
      '/api/anfragen',
      anfrageBhv({ leistung: 'berlin-d8', variante: 'gruppe-regel' }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().felder.leistung).toMatch(/bietet die Leistung „berlin-d8“ nicht an/);
    expect(res.json().felder.leistung).toMatch(/bremerhaven-ambulant .*lt11-nachbetreuung/);
    expect(await zustand()).toEqual(vorher);
  });

  it.each([
    ['a Jugendamt as provider', { traegerId: 'JA' }, 'traegerId', /Träger aus der Liste/],
    ['no variant', { variante: null }, 'variante', /Variante: p27-2/],
    ['an unknown variant', { variante: 'p99' }, 'variante', /Unbekannte Variante/],
    ['no reason', { anlass: ' ' }, 'anlass', /Anlass/],
    ['no young person', { jungerMensch: undefined }, 'jungerMensch', /jungen Menschen/],
    [
      'a bad birth date',
      { jungerMensch: { vorname: 'a', nachname: 'b', geburtsdatum: '2014-13-01' } },
      'jungerMensch.geburtsdatum',
      /Datum/,
    ],
    [
      'a birth after the start',
      { jungerMensch: { vorname: 'a', nachname: 'b', geburtsdatum: '2026-12-24' }, beginn: '2026-12-01' },
      'jungerMensch.geburtsdatum',
      /Zukunft|nach dem/,
    ],
    ['a negative scope', { umfangStundenMonat: -2 }, 'umfangStundenMonat', /größer als 0/],
    ['an unknown recommendation', { empfehlung: 'praktikant' }, 'empfehlung', /fachkraft/],
    ['a non-boolean mark', { kinderschutzrelevant: 'ja' }, 'kinderschutzrelevant', /ja\/nein/],
  ])('refuses %s with a German message (422, nothing stored)', async (_, ueber, feld, meldung) => {
    const vorher = await zustand();
    const body = anfrageBhv(ueber);
    if (body.traegerId === 'JA') body.traegerId = asdBhv.organisation.id;
    const res = await asdBhv.post('/api/anfragen', body);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().felder[feld]).toMatch(meldung);
    expect(await zustand()).toEqual(vorher);
  });

  it('refuses every role but the ASD (403, nothing stored)', async () => {
    const emails = [
      'leitung@traeger-bremerhaven.demo',
      'controlling@jugendamt-bremerhaven.demo',
      'wjh@jugendamt-bremerhaven.demo',
    ];
    // Logged in first: a login writes its own audit row.
    for (const email of emails) await t.als(email);
    const vorher = await zustand();
    for (const email of emails) {
      expect((await (await t.als(email)).post('/api/anfragen', anfrageBhv())).statusCode).toBe(403);
    }
    expect(await zustand()).toEqual(vorher);
  });
});

describe('GET /api/anfragen', () => {
  it('refuses provider staff other than Leitung and Jugendamt roles other than ASD (403)', async () => {
    for (const email of [
      'fachkraft@traeger-bremerhaven.demo',
      'verwaltung@kiju.demo',
      'admin@kiju.demo',
      'wjh@jugendamt-bremerhaven.demo',
    ]) {
      expect((await (await t.als(email)).get('/api/anfragen')).statusCode).toBe(403);
    }
  });

  it('shows the demo’s pending requests to the ASD of Bremerhaven and of Wuppertal', async () => {
    const bhv = (await asdBhv.get('/api/anfragen')).json() as {
      status: string;
      jungerMensch: { nachname: string };
    }[];
    expect(bhv.some((a) => a.status === 'offen' && a.jungerMensch.nachname === 'Deichgraf')).toBe(true);
    expect(bhv.some((a) => a.status === 'abgesagt')).toBe(true);
    const wup = (await (await t.als('asd@jugendamt-wuppertal.demo')).get('/api/anfragen')).json();
    expect(wup.some((a: { status: string }) => a.status === 'offen')).toBe(true);
  });
});

describe('POST /api/anfragen/:id/zusage', () => {
  it('creates case, young person and Hilfe at the provider, granted by the asking Jugendamt', async () => {
    const { id } = (await asdBhv.post('/api/anfragen', anfrageBhv())).json();
    const res = await leitungTbh.post(`/api/anfragen/${id}/zusage`, { beginn: '2026-12-07' });
    expect(res.statusCode, res.body).toBe(201);
    const { fallId, hilfeId } = res.json();
    const akte = (await leitungTbh.get(`/api/faelle/${fallId}`)).json();
    expect(akte.aktenzeichen).toMatch(/^A-2026-\d{3}$/);
    expect(akte.personen).toEqual([
      expect.objectContaining({
        rolle: 'junger_mensch',
        vorname: 'Paula',
        nachname: 'Probe',
        geburtsdatum: '2014-04-04',
      }),
    ]);
    expect(akte.hilfen).toEqual([
      expect.objectContaining({
        id: hilfeId,
        leistung: 'bremerhaven-ambulant',
        variante: 'p31',
        rechtsgrundlage: '§ 31 SGB VIII',
        beginn: '2026-12-07',
        jugendamt: { id: asdBhv.organisation.id, name: asdBhv.organisation.name },
        empfehlung: 'fachkraft',
        kinderschutzrelevant: true,
      }),
    ]);
    const fristen = (await leitungTbh.get(`/api/faelle/${fallId}/fristen`)).json();
    expect(fristen.map((f: { regel: string }) => f.regel)).toContain('handlungsplan');
    // The granting Jugendamt sees the new case; another does not.
    expect((await asdBhv.get(`/api/faelle/${fallId}`)).statusCode).toBe(200);
    expect(
      (await (await t.als('asd@jugendamt-wuppertal.demo')).get(`/api/faelle/${fallId}`)).statusCode,
    ).toBe(404);
    const anfrage = (await asdBhv.get('/api/anfragen')).json().find((a: { id: string }) => a.id === id);
    expect(anfrage).toMatchObject({ status: 'zugesagt', fallId, hilfeId, zugesagterBeginn: '2026-12-07' });
  });

  it('takes the legal basis as the catalogue lists it; an LT 11 Hilfe gets its origin recorded afterwards', async () => {
    const p30 = (await asdBhv.post('/api/anfragen', anfrageBhv({ variante: 'p30-1' }))).json();
    const z30 = await leitungTbh.post(`/api/anfragen/${p30.id}/zusage`, { beginn: '2026-12-07' });
    expect(z30.statusCode, z30.body).toBe(201);
    const akte30 = (await leitungTbh.get(`/api/faelle/${z30.json().fallId}`)).json();
    expect(akte30.hilfen[0].rechtsgrundlage).toBe('§ 30 SGB VIII (Erziehungsbeistand)');

    const lt11 = await asdBhv.post(
      '/api/anfragen',
      anfrageBhv({ leistung: 'lt11-nachbetreuung', variante: null }),
    );
    expect(lt11.statusCode, lt11.body).toBe(201);
    const z = await leitungTbh.post(`/api/anfragen/${lt11.json().id}/zusage`, { beginn: '2026-12-07' });
    expect(z.statusCode, z.body).toBe(201);
    const { fallId, hilfeId } = z.json();
    const h = (await leitungTbh.get(`/api/faelle/${fallId}`)).json().hilfen[0];
    expect(h).toMatchObject({ rechtsgrundlage: '§ 27 SGB VIII', herkunft: null, vorgaengerHilfeId: null });
    // The Leitung records where the young person came from; an origin outside the list is refused.
    const falsch = await leitungTbh.patch(`/api/faelle/${fallId}/hilfen/${hilfeId}`, {
      version: h.version,
      herkunft: 'zuhause',
    });
    expect(falsch.statusCode).toBe(422);
    const ok = await leitungTbh.patch(`/api/faelle/${fallId}/hilfen/${hilfeId}`, {
      version: h.version,
      herkunft: 'heimerziehung',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ herkunft: 'heimerziehung' });
  });

  it('records the LT 11 origin given with the Zusage on the new Hilfe, and audits it', async () => {
    const lt11 = (
      await asdBhv.post('/api/anfragen', anfrageBhv({ leistung: 'lt11-nachbetreuung', variante: null }))
    ).json();
    const z = await leitungTbh.post(`/api/anfragen/${lt11.id}/zusage`, {
      beginn: '2026-12-07',
      herkunft: 'sonstige-stationaer',
      herkunftText: '  Jugendwohngruppe Lehe, Träger Nord  ',
    });
    expect(z.statusCode, z.body).toBe(201);
    const { fallId, hilfeId } = z.json();
    const h = (await leitungTbh.get(`/api/faelle/${fallId}`)).json().hilfen[0];
    expect(h).toMatchObject({
      id: hilfeId,
      herkunft: 'sonstige-stationaer',
      herkunftText: 'Jugendwohngruppe Lehe, Träger Nord',
      vorgaengerHilfeId: null,
    });
    const protokoll = await t.db.withSystemTx((tx) =>
      tx.execute(
        sql`select details->'felder' as felder from audit where ressource = 'hilfe' and ressource_id = ${hilfeId} and aktion = 'anlegen'`,
      ),
    );
    const felder = (protokoll as unknown as { rows: { felder: string[] }[] }).rows[0].felder;
    expect(felder).toEqual(expect.arrayContaining(['herkunft', 'herkunftText']));
  });

  it('takes over the origin the ASD stated in the request, unless the Leitung states another', async () => {
    const lt11 = anfrageBhv({
      leistung: 'lt11-nachbetreuung',
      variante: null,
      herkunft: 'heimerziehung',
      herkunftText: ' Wohngruppe am Deich ',
    });
    const a = await asdBhv.post('/api/anfragen', lt11);
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ herkunft: 'heimerziehung', herkunftText: 'Wohngruppe am Deich' });
    expect((await leitungTbh.get(`/api/anfragen/${a.json().id}`)).json()).toMatchObject({
      herkunft: 'heimerziehung',
    });
    // The contract's plain Zusage: the Hilfe gets the request's origin.
    const z = (await leitungTbh.post(`/api/anfragen/${a.json().id}/zusage`, { beginn: '2026-12-07' })).json();
    expect((await leitungTbh.get(`/api/faelle/${z.fallId}`)).json().hilfen[0]).toMatchObject({
      herkunft: 'heimerziehung',
      herkunftText: 'Wohngruppe am Deich',
    });
    // The Leitung knows better: her statement replaces the request's.
    const b = (await asdBhv.post('/api/anfragen', lt11)).json();
    const z2 = (
      await leitungTbh.post(`/api/anfragen/${b.id}/zusage`, {
        beginn: '2026-12-07',
        herkunft: 'vollzeitpflege',
      })
    ).json();
    expect((await leitungTbh.get(`/api/faelle/${z2.fallId}`)).json().hilfen[0]).toMatchObject({
      herkunft: 'vollzeitpflege',
      herkunftText: null,
    });
  });

  it('refuses a bad origin in the request per field (422) and stores nothing', async () => {
    const vorher = await zustand();
    const faelle: [Record<string, unknown>, string, RegExp][] = [
      [
        { leistung: 'lt11-nachbetreuung', variante: null, herkunft: 'zuhause' },
        'herkunft',
        /Unbekannte Herkunft/,
      ],
      [
        { leistung: 'lt11-nachbetreuung', variante: null, herkunft: 'sonstige-stationaer' },
        'herkunftText',
        /Bitte beschreiben Sie/,
      ],
      [{ herkunft: 'heimerziehung' }, 'herkunft', /schließt an keine stationäre Maßnahme an/],
    ];
    for (const [ueber, feld, meldung] of faelle) {
      const res = await asdBhv.post('/api/anfragen', anfrageBhv(ueber));
      expect(res.statusCode, JSON.stringify(ueber)).toBe(422);
      expect(res.json().felder[feld], JSON.stringify(ueber)).toMatch(meldung);
    }
    expect(await zustand()).toEqual(vorher);
  });

  it('refuses a bad LT 11 origin on the Zusage per field (422) and writes nothing', async () => {
    const lt11 = (
      await asdBhv.post('/api/anfragen', anfrageBhv({ leistung: 'lt11-nachbetreuung', variante: null }))
    ).json();
    const p31 = (await asdBhv.post('/api/anfragen', anfrageBhv())).json();
    const vorher = await zustand();
    const faelle: [string, Record<string, unknown>, string, RegExp][] = [
      [lt11.id, { herkunft: 'zuhause' }, 'herkunft', /Unbekannte Herkunft „zuhause“/],
      [lt11.id, { herkunft: 'sonstige-stationaer' }, 'herkunftText', /Bitte beschreiben Sie/],
      [lt11.id, { herkunftText: 'Wohngruppe' }, 'herkunft', /wählen Sie, woher der junge Mensch kommt/],
      [lt11.id, { herkunft: 'heimerziehung', vorgaengerHilfeId: lt11.id }, 'vorgaengerHilfeId', /neuen Fall/],
      [p31.id, { herkunft: 'heimerziehung' }, 'herkunft', /schließt an keine stationäre Maßnahme an/],
    ];
    for (const [id, felder, feld, meldung] of faelle) {
      const res = await leitungTbh.post(`/api/anfragen/${id}/zusage`, { beginn: '2026-12-07', ...felder });
      expect(res.statusCode, JSON.stringify(felder)).toBe(422);
      expect(res.json().felder[feld], JSON.stringify(felder)).toMatch(meldung);
    }
    expect(await zustand()).toEqual(vorher);
    expect((await leitungTbh.get(`/api/anfragen/${lt11.id}`)).json().status).toBe('offen');
  });

  it('answers 409 to a second answer and changes nothing', async () => {
    const { id } = (await asdBhv.post('/api/anfragen', anfrageBhv())).json();
    expect((await leitungTbh.post(`/api/anfragen/${id}/zusage`, { beginn: '2026-12-07' })).statusCode).toBe(
      201,
    );
    const vorher = await zustand();
    const zweimal = await leitungTbh.post(`/api/anfragen/${id}/zusage`, { beginn: '2026-12-07' });
    expect(zweimal.statusCode).toBe(409);
    expect(zweimal.json().fehler).toBe('Diese Anfrage ist bereits zugesagt.');
    expect((await leitungTbh.post(`/api/anfragen/${id}/absage`, { grund: 'doch nicht' })).statusCode).toBe(
      409,
    );
    expect((await asdBhv.post(`/api/anfragen/${id}/zurueckziehen`)).statusCode).toBe(409);
    expect(await zustand()).toEqual(vorher);
  });

  it('answers 409 after the ASD withdrew the request', async () => {
    const { id } = (await asdBhv.post('/api/anfragen', anfrageBhv())).json();
    const zurueck = await asdBhv.post(`/api/anfragen/${id}/zurueckziehen`);
    expect(zurueck.statusCode).toBe(200);
    expect(zurueck.json().status).toBe('zurueckgezogen');
    const vorher = await zustand();
    const res = await leitungTbh.post(`/api/anfragen/${id}/zusage`, { beginn: '2026-12-07' });
    expect(res.statusCode).toBe(409);
    expect(res.json().fehler).toMatch(/zurückgezogen/);
    expect(await zustand()).toEqual(vorher);
  });

  it('hides the request from other providers (404) and refuses other roles (403), changing nothing', async () => {
    const { id } = (await asdBhv.post('/api/anfragen', anfrageBhv())).json();
    const andere = [
      'fachkraft@traeger-bremerhaven.demo',
      'verwaltung@traeger-bremerhaven.demo',
      'asd@jugendamt-wuppertal.demo',
    ];
    for (const email of andere) await t.als(email);
    const vorher = await zustand();
    const kijuLeitung = await t.als('leitung@kiju.demo');
    expect((await kijuLeitung.post(`/api/anfragen/${id}/zusage`, { beginn: '2026-12-07' })).statusCode).toBe(
      404,
    );
    expect((await kijuLeitung.post(`/api/anfragen/${id}/absage`, { grund: 'x' })).statusCode).toBe(404);
    expect(
      (await (await t.als('asd@jugendamt-wuppertal.demo')).post(`/api/anfragen/${id}/zurueckziehen`))
        .statusCode,
    ).toBe(404);
    for (const email of [
      'fachkraft@traeger-bremerhaven.demo',
      'verwaltung@traeger-bremerhaven.demo',
      'asd@jugendamt-bremerhaven.demo',
    ]) {
      const s = await t.als(email);
      expect((await s.post(`/api/anfragen/${id}/zusage`, { beginn: '2026-12-07' })).statusCode).toBe(403);
      expect((await s.post(`/api/anfragen/${id}/absage`, { grund: 'x' })).statusCode).toBe(403);
    }
    expect((await leitungTbh.post(`/api/anfragen/${id}/zurueckziehen`)).statusCode).toBe(403);
    expect(
      (await leitungTbh.post('/api/anfragen/kein-uuid/zusage', { beginn: '2026-12-07' })).statusCode,
    ).toBe(404);
    expect(await zustand()).toEqual(vorher);
  });

  it('refuses a missing or bad start and a taken case number (422, nothing changed)', async () => {
    const { id } = (await asdBhv.post('/api/anfragen', anfrageBhv())).json();
    const vorher = await zustand();
    const ohne = await leitungTbh.post(`/api/anfragen/${id}/zusage`, {});
    expect(ohne.statusCode).toBe(422);
    expect(ohne.json().felder.beginn).toMatch(/Datum/);
    const vergeben = await leitungTbh.post(`/api/anfragen/${id}/zusage`, {
      beginn: '2026-12-07',
      aktenzeichen: 'TBH-2026-001',
    });
    expect(vergeben.statusCode).toBe(422);
    expect(vergeben.json().felder.aktenzeichen).toMatch(/schon vergeben/);
    expect(await zustand()).toEqual(vorher);
    expect(
      (await leitungTbh.get('/api/anfragen')).json().find((a: { id: string }) => a.id === id).status,
    ).toBe('offen');
  });
});

describe('POST /api/anfragen/:id/absage', () => {
  it('declines with the reason the ASD then reads', async () => {
    const { id } = (await asdBhv.post('/api/anfragen', anfrageBhv())).json();
    const vorher = await zustand();
    const leer = await leitungTbh.post(`/api/anfragen/${id}/absage`, { grund: '' });
    expect(leer.statusCode).toBe(422);
    expect(leer.json().felder.grund).toMatch(/Grund/);
    expect(await zustand()).toEqual(vorher);
    const res = await leitungTbh.post(`/api/anfragen/${id}/absage`, {
      grund: 'Keine Kapazität bis Februar.',
    });
    expect(res.statusCode).toBe(200);
    const bei = (await asdBhv.get('/api/anfragen')).json().find((a: { id: string }) => a.id === id);
    expect(bei).toMatchObject({
      status: 'abgesagt',
      absagegrund: 'Keine Kapazität bis Februar.',
      fallId: null,
    });
  });
});

describe('Bindende Empfehlung (kinderschutzrelevant, Fachkraft)', () => {
  async function zugesagt(ueber: Record<string, unknown>) {
    const asd = await t.als('asd@jugendamt-wuppertal.demo');
    const res = await asd.post('/api/anfragen', {
      traegerId: kiju,
      leistung: 'kiju-nachbetreuung',
      variante: 'eigene-wohnung',
      jungerMensch: { vorname: 'Kai', nachname: 'Test', geburtsdatum: '2008-01-01' },
      beginn: '2026-12-01',
      anlass: 'Verselbständigung',
      ...ueber,
    });
    expect(res.statusCode, res.body).toBe(201);
    const leitung = await t.als('leitung@kiju.demo');
    const z = await leitung.post(`/api/anfragen/${res.json().id}/zusage`, { beginn: '2026-12-01' });
    expect(z.statusCode).toBe(201);
    return z.json().fallId as string;
  }

  it('refuses a semiprofessional staff member in the case team (409), accepts a Fachkraft', async () => {
    const fall = await zugesagt({ empfehlung: 'fachkraft', kinderschutzrelevant: true });
    const leitung = await t.als('leitung@kiju.demo');
    const semi = await t.als('semiprofessionell@kiju.demo');
    const vorher = await zustand();
    const res = await leitung.post(`/api/faelle/${fall}/team/${semi.benutzer.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().fehler).toMatch(/kinderschutzrelevant.*Fachkraft verbindlich/);
    expect(await zustand()).toEqual(vorher);
    const fk = await t.als('fachkraft@kiju.demo');
    expect((await leitung.post(`/api/faelle/${fall}/team/${fk.benutzer.id}`)).statusCode).toBe(201);
  });

  it('does not bind without the child-protection mark', async () => {
    const fall = await zugesagt({ empfehlung: 'fachkraft', kinderschutzrelevant: false });
    const leitung = await t.als('leitung@kiju.demo');
    const semi = await t.als('semiprofessionell@kiju.demo');
    expect((await leitung.post(`/api/faelle/${fall}/team/${semi.benutzer.id}`)).statusCode).toBe(201);
  });
});
