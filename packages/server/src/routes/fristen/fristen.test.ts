import { audit } from '@hilfewerk/db';
import { plusTage } from '@hilfewerk/rules/tag';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallId, type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';
import { heute } from '../../use-cases/fristen/intern/heute.ts';

/**
 * Deadlines through the API: derived when the facts change, who may see and complete whose deadlines,
 * the LT 11 limit, organisation deadlines and the calendar feed. One database for the file; tests that change
 * data work on their own new cases.
 */
let t: TestApp;
let kiju001: string;
let jugendamtBhv: string;

interface Frist {
  id: string;
  regel: string;
  faellig: string | null;
  status: string;
  kurzfristig: boolean;
  schluessel?: string;
  erledigtAm: string | null;
  erledigtVon: { name: string } | null;
  nachweis: string | null;
  aktenzeichen: string;
}

function put(s: TestSitzung, url: string, payload: object) {
  return t.app.inject({
    method: 'PUT',
    url,
    payload,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken },
  });
}

async function fristen(s: TestSitzung, fall: string): Promise<Frist[]> {
  const res = await s.get(`/api/faelle/${fall}/fristen`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

/** A new Bremerhaven case of the provider's Fachkraft with one Hilfe. */
async function neuerTbhFall(s: TestSitzung, beginn: string, geplantesEnde: string) {
  const fall = await s.post('/api/faelle', {
    aktenzeichen: `FR-${Math.random().toString(36).slice(2, 8)}`,
    bezeichnung: 'Fristentest',
  });
  expect(fall.statusCode).toBe(201);
  const id = fall.json().id as string;
  const hilfe = await s.post(`/api/faelle/${id}/hilfen`, {
    leistung: 'bremerhaven-ambulant',
    variante: 'p31',
    rechtsgrundlage: '§ 31 SGB VIII',
    jugendamtId: jugendamtBhv,
    beginn,
    geplantesEnde,
  });
  expect(hilfe.statusCode).toBe(201);
  return {
    fall: id,
    aktenzeichen: fall.json().aktenzeichen as string,
    hilfe: hilfe.json() as { id: string; version: number },
  };
}

beforeAll(async () => {
  t = await testApp();
  kiju001 = await fallId(t, 'KIJU-2026-001');
  const s = await t.als('leitung@traeger-bremerhaven.demo');
  jugendamtBhv = (await s.get('/api/jugendaemter'))
    .json()
    .find((j: { name: string }) => j.name.includes('Bremerhaven')).id;
});
afterAll(() => t.close());

describe('Ableitung aus den Demodaten', () => {
  it('KIJU: Bericht 14 Tage vor dem HPG, Abschlussgespräch rückwärts vor dem Sonntag, Kontakt im Oktober erledigt', async () => {
    const f = await fristen(await t.als('fachkraft@kiju.demo'), kiju001);
    const von = (regel: string) => f.filter((x) => x.regel === regel);
    // HPG Do 10.12.2026 − 14 Tage = Do 26.11.2026
    expect(von('bericht-vor-hpg')).toMatchObject([{ faellig: '2026-11-26', kurzfristig: false }]);
    // geplantes Ende So 31.01.2027 → Fr 29.01.2027
    expect(von('abschlussgespraech')).toMatchObject([{ faellig: '2027-01-29' }]);
    const oktober = von('kontakt-sorgeberechtigte').find((x) => x.faellig?.startsWith('2026-10'));
    expect(oktober).toMatchObject({ status: 'erledigt', erledigtAm: '2026-10-28' });
    expect(oktober?.nachweis).toContain('28.10.2026');
  });
});

describe('Kontakt zu den Sorgeberechtigten nur, solange der junge Mensch minderjährig ist', () => {
  it('ein geändertes Geburtsdatum lässt die Kontakte ab dem 18. Geburtstag entfallen; ohne Geburtsdatum bleiben sie', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const wuppertal = (await s.get('/api/jugendaemter'))
      .json()
      .find((j: { name: string }) => j.name.includes('Wuppertal')).id;
    const fall = await s.post('/api/faelle', {
      aktenzeichen: `KIJU-MJ-${Math.random().toString(36).slice(2, 8)}`,
      bezeichnung: 'Volljährigkeit',
    });
    expect(fall.statusCode).toBe(201);
    const id = fall.json().id as string;
    const hilfe = await s.post(`/api/faelle/${id}/hilfen`, {
      leistung: 'kiju-nachbetreuung',
      variante: 'eigene-wohnung',
      rechtsgrundlage: '§ 41 SGB VIII',
      jugendamtId: wuppertal,
      beginn: '2026-09-01',
      geplantesEnde: '2027-02-28',
    });
    expect(hilfe.statusCode).toBe(201);
    const kontakte = async () =>
      (await fristen(s, id))
        .filter((f) => f.regel === 'kontakt-sorgeberechtigte' && f.status !== 'entfallen')
        .map((f) => f.faellig);
    // No birth date recorded: every month keeps its contact (Sep 2026 – Feb 2027).
    expect(await kontakte()).toHaveLength(6);

    const person = await s.post(`/api/faelle/${id}/personen`, {
      rolle: 'junger_mensch',
      vorname: 'Mia',
      nachname: 'Muster',
      geburtsdatum: '2008-12-15',
    });
    expect(person.statusCode).toBe(201);
    // 18 from 15.12.2026: contacts of September to November (Mo 30.11.) remain.
    expect(await kontakte()).toEqual(['2026-09-30', '2026-10-30', '2026-11-30']);

    const p = person.json() as { id: string; version: number };
    const aenderung = await s.patch(`/api/faelle/${id}/personen/${p.id}`, {
      version: p.version,
      geburtsdatum: '2008-10-30',
    });
    expect(aenderung.statusCode).toBe(200);
    // 18 from Fr 30.10.2026, the last working day of October: no contact on the birthday itself.
    expect(await kontakte()).toEqual(['2026-09-30']);
  });
});

describe('Wer Fristen sehen und erledigen darf', () => {
  it('Fallteam sieht sie; Verwaltung 403; Fachkraft außerhalb des Teams und fremder Träger 404', async () => {
    expect(
      (await (await t.als('semiprofessionell@kiju.demo')).get(`/api/faelle/${kiju001}/fristen`)).statusCode,
    ).toBe(200);
    expect((await (await t.als('leitung@kiju.demo')).get(`/api/faelle/${kiju001}/fristen`)).statusCode).toBe(
      200,
    );
    expect(
      (await (await t.als('verwaltung@kiju.demo')).get(`/api/faelle/${kiju001}/fristen`)).statusCode,
    ).toBe(403);
    const fremd = await fallId(t, 'KIJU-2025-014');
    expect((await (await t.als('fachkraft@kiju.demo')).get(`/api/faelle/${fremd}/fristen`)).statusCode).toBe(
      404,
    );
    expect(
      (await (await t.als('fachkraft@traeger-bremerhaven.demo')).get(`/api/faelle/${kiju001}/fristen`))
        .statusCode,
    ).toBe(404);
    expect(
      (await (await t.als('asd@jugendamt-wuppertal.demo')).get(`/api/faelle/${kiju001}/fristen`)).statusCode,
    ).toBe(403);
  });

  it('erledigen: Verwaltung 403, Fachkraft außerhalb des Teams 404, anderer Träger 404, Team 200 mit Protokoll', async () => {
    const offen = (await fristen(await t.als('fachkraft@kiju.demo'), kiju001)).find(
      (f) => f.regel === 'bericht-vor-hpg',
    ) as Frist;
    const body = { erledigtAm: heute(), nachweis: 'Bericht per Post an das Jugendamt' };
    const url = `/api/fristen/${offen.id}/erledigen`;
    expect((await (await t.als('verwaltung@kiju.demo')).post(url, body)).statusCode).toBe(403);
    expect((await (await t.als('leitung@traeger-bremerhaven.demo')).post(url, body)).statusCode).toBe(404);
    expect((await (await t.als('fachkraft@traeger-bremerhaven.demo')).post(url, body)).statusCode).toBe(404);
    expect(
      (await (await t.als('fachkraft@kiju.demo')).post('/api/fristen/kein-uuid/erledigen', body)).statusCode,
    ).toBe(404);
    const semi = await t.als('semiprofessionell@kiju.demo');
    expect((await semi.post(url, { ...body, erledigtAm: plusTage(heute(), 1) })).statusCode).toBe(422);
    expect((await semi.post(url, { erledigtAm: heute() })).statusCode).toBe(422);
    const ok = await semi.post(url, body);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'erledigt',
      erledigtAm: heute(),
      erledigtVon: { name: 'Sami Helfer' },
      nachweis: body.nachweis,
    });
    expect((await semi.post(url, body)).statusCode).toBe(422);
    const zeilen = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressource, 'frist'), eq(audit.ressourceId, offen.id))),
    );
    expect(zeilen).toMatchObject([{ aktion: 'erledigen', benutzerId: semi.benutzer.id }]);
  });

  it('Teamübersicht nur für Leitung und Administration', async () => {
    expect((await (await t.als('fachkraft@kiju.demo')).get('/api/fristen/team')).statusCode).toBe(403);
    const res = await (await t.als('leitung@kiju.demo')).get('/api/fristen/team');
    expect(res.statusCode).toBe(200);
    const namen = res.json().mitarbeitende.map((m: { name: string }) => m.name);
    expect(namen).toContain('Finn Fachmann');
  });
});

describe('Ableitung, wenn sich die Fakten ändern', () => {
  it('HPG geplant und verschoben: dieselbe Frist mit neuem Datum, rückwärts vor den 1. Mai; kurzfristig', async () => {
    const s = await t.als('fachkraft@traeger-bremerhaven.demo');
    const { fall, hilfe } = await neuerTbhFall(s, '2029-01-08', '2030-12-31');
    const vorher = await fristen(s, fall);
    expect(vorher.map((f) => f.regel)).toContain('handlungsplan');
    // HPG Mi 12.06.2030 − 42 Tage = Mi 01.05.2030 (Feiertag) → Di 30.04.2030
    const hpg = await s.post(`/api/faelle/${fall}/ereignisse`, {
      art: 'hpg_geplant',
      datum: '2030-06-12',
      hilfeId: hilfe.id,
    });
    expect(hpg.statusCode).toBe(201);
    const [bericht] = (await fristen(s, fall)).filter((f) => f.regel === 'bericht-vor-hpg');
    expect(bericht).toMatchObject({ faellig: '2030-04-30', status: 'offen', kurzfristig: false });

    // moved to Mi 26.06.2030, known only since 20.05.2030 — after the due date 15.05.2030
    await s.post(`/api/faelle/${fall}/ereignisse`, {
      art: 'hpg_geplant',
      datum: '2030-06-26',
      bekanntSeit: '2030-05-20',
      hilfeId: hilfe.id,
    });
    const nachher = (await fristen(s, fall)).filter((f) => f.regel === 'bericht-vor-hpg');
    expect(nachher).toHaveLength(1);
    expect(nachher[0]).toMatchObject({ id: bericht.id, faellig: '2030-05-15', kurzfristig: true });
  });

  it('ein Ereignis, das eine Frist erfüllt, erledigt sie (Handlungsplan gesendet)', async () => {
    const s = await t.als('fachkraft@traeger-bremerhaven.demo');
    const { fall, hilfe } = await neuerTbhFall(s, '2029-01-08', '2029-12-31');
    await s.post(`/api/faelle/${fall}/ereignisse`, {
      art: 'handlungsplan_gesendet',
      datum: '2029-02-12',
      hilfeId: hilfe.id,
    });
    const hp = (await fristen(s, fall)).find((f) => f.regel === 'handlungsplan');
    // Mo 08.01.2029 + 42 Tage = Mo 19.02.2029
    expect(hp).toMatchObject({ faellig: '2029-02-19', status: 'erledigt', erledigtAm: '2029-02-12' });
    expect(hp?.erledigtVon?.name).toBe('Frieda Fischer');
  });

  it('vorzeitiges Ende: offene Fristen danach entfallen, erneutes Ableiten ändert nichts', async () => {
    const s = await t.als('fachkraft@traeger-bremerhaven.demo');
    const { fall, hilfe } = await neuerTbhFall(s, '2029-01-08', '2029-12-31');
    const ende = await s.patch(`/api/faelle/${fall}/hilfen/${hilfe.id}`, {
      version: hilfe.version,
      tatsaechlichesEnde: '2029-03-31',
      endegrund: 'Umzug',
    });
    expect(ende.statusCode).toBe(200);
    const f = await fristen(s, fall);
    const hp = f.find((x) => x.regel === 'handlungsplan');
    expect(hp?.status).not.toBe('entfallen');
    const spaeter = f.filter((x) => x.faellig !== null && x.faellig > '2029-03-31');
    expect(spaeter.length).toBeGreaterThan(0);
    expect(spaeter.every((x) => x.status === 'entfallen')).toBe(true);
    const nochmal = await s.patch(`/api/faelle/${fall}/hilfen/${hilfe.id}`, {
      version: ende.json().version,
      endegrund: 'Umzug',
    });
    expect(nochmal.statusCode).toBe(200);
    expect(await fristen(s, fall)).toEqual(f);
  });

  it('Meine Fristen: überfällige Frist eines eigenen Falls steht oben, fremde nicht', async () => {
    const s = await t.als('fachkraft@traeger-bremerhaven.demo');
    const { aktenzeichen } = await neuerTbhFall(s, plusTage(heute(), -50), plusTage(heute(), 300));
    const meine = (await s.get('/api/fristen/meine')).json();
    expect(meine.ueberfaellig.map((f: Frist) => `${f.aktenzeichen} ${f.regel}`)).toContain(
      `${aktenzeichen} handlungsplan`,
    );
    const andere = (await (await t.als('fachkraft@kiju.demo')).get('/api/fristen/meine')).json();
    const alle = [
      ...andere.ueberfaellig,
      ...andere.dieseWoche,
      ...andere.naechsteVierWochen,
      ...andere.ohneDatum,
    ];
    expect(alle.every((f: Frist) => f.aktenzeichen.startsWith('KIJU'))).toBe(true);
  });

  it('Erinnerungen folgen der eingestellten Zahl von Tagen', async () => {
    const s = await t.als('fachkraft@traeger-bremerhaven.demo');
    expect((await s.get('/api/fristen/erinnerungen')).json().erinnerungTage).toBe(7);
    expect((await put(s, '/api/einstellungen/erinnerung', { erinnerungTage: 91 })).statusCode).toBe(422);
    expect((await put(s, '/api/einstellungen/erinnerung', { erinnerungTage: 30 })).statusCode).toBe(200);
    const e = (await s.get('/api/fristen/erinnerungen')).json();
    expect(e.erinnerungTage).toBe(30);
    expect(e.fristen.every((f: Frist) => f.faellig !== null && f.faellig <= plusTage(heute(), 30))).toBe(
      true,
    );
  });

  it('Monatskalender: Fristen des Zeitraums im eigenen Umfang', async () => {
    const s = await t.als('leitung@kiju.demo');
    const res = await s.get('/api/fristen?von=2026-11-01&bis=2026-11-30');
    expect(res.statusCode).toBe(200);
    expect(res.json().fristen.map((f: Frist) => `${f.aktenzeichen} ${f.regel}`)).toContain(
      'KIJU-2026-001 bericht-vor-hpg',
    );
    expect((await s.get('/api/fristen?von=2026-01-01&bis=2026-12-31')).statusCode).toBe(422);
  });
});

describe('Fristen des Trägers', () => {
  it('Bremerhaven: Jahresbericht zum 31.03.2026 und LT 11-Qualitätsbericht; Erledigen setzt den nächsten', async () => {
    const s = await t.als('leitung@traeger-bremerhaven.demo');
    const liste = (await s.get('/api/organisationsfristen')).json();
    const jahr = liste.filter((o: Frist) => o.regel === 'traegerbericht-jahr');
    expect(jahr[0]).toMatchObject({ faellig: '2026-03-31' });
    // first LT 11 Hilfe of the demo began Di 15.09.2026 → Fr 15.09.2028
    const qe = liste.find((o: Frist) => o.regel === 'qualitaetsentwicklungsbericht');
    expect(qe).toMatchObject({ faellig: '2028-09-15', status: 'offen' });
    expect(
      (
        await (
          await t.als('fachkraft@traeger-bremerhaven.demo')
        ).post(`/api/organisationsfristen/${qe.id}/erledigen`, { erledigtAm: heute(), nachweis: 'x' })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await (
          await t.als('leitung@kiju.demo')
        ).post(`/api/organisationsfristen/${qe.id}/erledigen`, { erledigtAm: heute(), nachweis: 'x' })
      ).statusCode,
    ).toBe(404);
    const ok = await s.post(`/api/organisationsfristen/${qe.id}/erledigen`, {
      erledigtAm: '2026-11-02',
      nachweis: 'Bericht an die Senatorin',
    });
    expect(ok.json()).toMatchObject({ status: 'erledigt' });
    const danach = (await s.get('/api/organisationsfristen')).json();
    expect(
      danach.filter((o: Frist) => o.regel === 'qualitaetsentwicklungsbericht' && o.status === 'offen'),
    ).toMatchObject([{ faellig: '2028-11-02' }]);
    // KIJU has its own duties only: the monthly rota for the fire brigade (from two months back to the
    // next one: Mi 30.09., Fr 30.10. for Sa 31.10., Mo 30.11.), a conference per quarter, yearly controlling
    // (So 31.12.2028 → Fr 29.12.).
    const kiju = (await (await t.als('leitung@kiju.demo')).get('/api/organisationsfristen')).json() as {
      regel: string;
      faellig: string;
    }[];
    const von = (regel: string) => kiju.filter((f) => f.regel === regel).map((f) => f.faellig);
    expect(von('bereitschaftsplan-feuerwehr')).toEqual(['2026-09-30', '2026-10-30', '2026-11-30']);
    expect(von('paedagogische-konferenz')).toEqual(['2026-09-30', '2026-12-31']);
    expect(von('strukturqualitaet-controlling')).toEqual(['2026-12-31', '2027-12-31', '2028-12-29']);
    // and the Leitung's own team supervision every 6 weeks from Do 22.10.: the next on Do 03.12.
    expect(kiju.filter((f) => f.regel.startsWith('eigen-')).map((f) => f.faellig)).toEqual([
      '2026-10-22',
      '2026-12-03',
    ]);
    expect(kiju).toHaveLength(10);
  });
});

describe('LT 11: höchstens 3 Monate, mit Begründung 6, nie darüber', () => {
  const lt11 = (extra: object) => ({
    leistung: 'lt11-nachbetreuung',
    rechtsgrundlage: '§ 41 SGB VIII',
    herkunft: 'heimerziehung',
    jugendamtId: jugendamtBhv,
    beginn: '2026-01-15',
    ...extra,
  });

  it('lehnt ein Ende nach 3 Monaten ohne Begründung und nach 6 Monaten immer ab (422 am Feld)', async () => {
    const s = await t.als('fachkraft@traeger-bremerhaven.demo');
    const fall = await fallId(t, 'TBH-NB-2026-001');
    const ohne = await s.post(`/api/faelle/${fall}/hilfen`, lt11({ geplantesEnde: '2026-04-15' }));
    expect(ohne.statusCode).toBe(422);
    expect(ohne.json().felder.geplantesEnde).toContain('LT 11 Abschnitt 7');
    expect(ohne.json().felder.geplantesEnde).toContain('14.04.2026');
    expect(ohne.json().felder.ausnahmeBegruendung).toBe(
      'Bitte begründen Sie den Ausnahmefall: ohne Begründung ist ein Ende bis 14.04.2026 zulässig.',
    );
    const mit = await s.post(
      `/api/faelle/${fall}/hilfen`,
      lt11({ geplantesEnde: '2026-07-14', ausnahmeBegruendung: 'Ausbildungsbeginn' }),
    );
    expect(mit.statusCode).toBe(201);
    const zuLang = await s.patch(`/api/faelle/${fall}/hilfen/${mit.json().id}`, {
      version: mit.json().version,
      geplantesEnde: '2026-07-15',
    });
    expect(zuLang.statusCode).toBe(422);
    expect(zuLang.json().felder.geplantesEnde).toMatch(/LT 11 Abschnitt 7.*auch im begründeten Ausnahmefall/);
    const grenze = await s.get('/api/fristen/hilfeende?leistung=lt11-nachbetreuung&beginn=2026-01-15');
    expect(grenze.json()).toMatchObject({
      spaetestesEnde: '2026-04-14',
      spaetestesEndeMitBegruendung: '2026-07-14',
    });
  });
});

describe('Kalender-Abonnement', () => {
  it('Token erzeugen, Feed ohne Anmeldung und ohne Namen, erneuern und widerrufen', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    expect((await s.get('/api/kalender/token')).json()).toMatchObject({ aktiv: false });
    const erzeugt = await s.post('/api/kalender/token');
    expect(erzeugt.statusCode).toBe(201);
    const { pfad, url } = erzeugt.json();
    expect(url).toMatch(/^https?:\/\/.+\/api\/kalender\/[A-Za-z0-9_-]+\.ics$/);
    const feed = await t.app.inject({ method: 'GET', url: pfad });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.body).toContain('KIJU-2026-001');
    for (const name of ['Jonas', 'Beispiel', 'Lina', 'Muster', 'Finn']) expect(feed.body).not.toContain(name);
    expect((await s.get('/api/kalender/token')).json()).toMatchObject({ aktiv: true });

    const neu = (await s.post('/api/kalender/token')).json();
    expect((await t.app.inject({ method: 'GET', url: pfad })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: neu.pfad })).statusCode).toBe(200);
    expect((await s.del('/api/kalender/token')).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: neu.pfad })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/kalender/token' })).statusCode).toBe(401);
    expect((await (await t.als('verwaltung@kiju.demo')).post('/api/kalender/token')).statusCode).toBe(403);
  });
});
