import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallId, type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';
import { zeilenzahlen } from '../../test/zeilenzahl.ts';

/**
 * The Hilfeplan of TBH-2026-002 (Bremerhaven, § 31, granted by Jugendamt Bremerhaven): the ASD sets the HPG and
 * the provider's report deadline 6 weeks before it follows; goals and sub-goals are reviewed at a held HPG.
 */
let t: TestApp;
let asd: TestSitzung;
let fachkraft: TestSitzung;
let fall: string;
let hilfe: string;

const TABELLEN = ['hilfeplan_termin', 'hilfeplan_ziel', 'frist', 'audit'] as const;
const zustand = () => zeilenzahlen(t, TABELLEN);

interface Frist {
  regel: string;
  faellig: string;
  status: string;
}
interface Plan {
  termine: { id: string; datum: string; status: string; version: number }[];
  ziele: {
    id: string;
    text: string;
    teilziele: { id: string; text: string }[];
    pruefungen: { bewertung: string }[];
  }[];
}

beforeAll(async () => {
  t = await testApp();
  asd = await t.als('asd@jugendamt-bremerhaven.demo');
  fachkraft = await t.als('fachkraft@traeger-bremerhaven.demo');
  for (const e of ['asd@jugendamt-wuppertal.demo', 'leitung@kiju.demo', 'leitung@traeger-bremerhaven.demo'])
    await t.als(e);
  fall = await fallId(t, 'TBH-2026-002');
  hilfe = (await fachkraft.get(`/api/faelle/${fall}`)).json().hilfen[0].id;
});
afterAll(() => t.close());

const berichtVorHpg = async () =>
  ((await fachkraft.get(`/api/faelle/${fall}/fristen`)).json() as Frist[]).filter(
    (f) => f.regel === 'bericht-vor-hpg',
  );

describe('HPG-Termine des Jugendamts', () => {
  let termin: Plan['termine'][number];

  it('sets an HPG: the provider’s report deadline 6 weeks before appears at once', async () => {
    expect(await berichtVorHpg()).toEqual([]);
    const res = await asd.post(`/api/hilfen/${hilfe}/hilfeplan/termine`, { datum: '2027-01-20' });
    expect(res.statusCode, res.body).toBe(201);
    termin = (res.json() as Plan).termine[0];
    expect(termin).toMatchObject({ datum: '2027-01-20', status: 'geplant', version: 1 });
    expect(await berichtVorHpg()).toEqual([
      expect.objectContaining({ faellig: '2026-12-09', status: 'offen' }),
    ]);
  });

  it('moves the HPG: the deadline moves with it; cancelling drops it', async () => {
    const res = await asd.patch(`/api/hilfeplan/termine/${termin.id}`, { version: 1, datum: '2027-02-03' });
    expect(res.statusCode, res.body).toBe(200);
    const offen = (await berichtVorHpg()).filter((f) => f.status !== 'entfallen');
    expect(offen).toEqual([expect.objectContaining({ faellig: '2026-12-23' })]);
    const alt = await asd.patch(`/api/hilfeplan/termine/${termin.id}`, { version: 1, status: 'abgesagt' });
    expect(alt.statusCode).toBe(409);
    expect(
      (await asd.patch(`/api/hilfeplan/termine/${termin.id}`, { version: 2, status: 'abgesagt' })).statusCode,
    ).toBe(200);
    expect((await berichtVorHpg()).every((f) => f.status === 'entfallen')).toBe(true);
  });

  it('refuses a date before the Hilfe began (422, nothing changed)', async () => {
    const vorher = await zustand();
    const res = await asd.post(`/api/hilfen/${hilfe}/hilfeplan/termine`, { datum: '2026-01-01' });
    expect(res.statusCode).toBe(422);
    expect(res.json().felder.datum).toMatch(/vor dem Beginn/);
    const kaputt = await asd.post(`/api/hilfen/${hilfe}/hilfeplan/termine`, { datum: '20.01.2027' });
    expect(kaputt.statusCode).toBe(422);
    expect(await zustand()).toEqual(vorher);
  });
});

describe('Ziele, Teilziele und ihre Überprüfung', () => {
  it('keeps goals with sub-goals and their review at a held HPG, with participation', async () => {
    let plan = (
      await asd.post(`/api/hilfen/${hilfe}/hilfeplan/ziele`, { text: 'Emil geht regelmäßig zur Schule.' })
    ).json() as Plan;
    const ziel = plan.ziele[0].id;
    const teil = await asd.post(`/api/hilfen/${hilfe}/hilfeplan/ziele`, {
      text: 'Pünktlich aufstehen.',
      oberzielId: ziel,
    });
    expect(teil.statusCode).toBe(201);
    const teilziel = (teil.json() as Plan).ziele[0].teilziele[0].id;
    const vorher = await zustand();
    const tiefer = await asd.post(`/api/hilfen/${hilfe}/hilfeplan/ziele`, {
      text: 'x',
      oberzielId: teilziel,
    });
    expect(tiefer.statusCode).toBe(422);
    expect(tiefer.json().felder.oberzielId).toMatch(/unter ein Ziel/);
    expect((await asd.post(`/api/hilfen/${hilfe}/hilfeplan/ziele`, { text: ' ' })).statusCode).toBe(422);
    expect(await zustand()).toEqual(vorher);

    plan = (await asd.post(`/api/hilfen/${hilfe}/hilfeplan/termine`, { datum: '2026-11-20' })).json();
    const gehalten = plan.termine.find((x) => x.datum === '2026-11-20') as Plan['termine'][number];
    const fremd = await asd.patch(`/api/hilfeplan/termine/${gehalten.id}`, {
      version: 1,
      zielpruefung: [{ zielId: '00000000-0000-4000-8000-000000000000', bewertung: 'erreicht' }],
    });
    expect(fremd.statusCode).toBe(422);
    const res = await asd.patch(`/api/hilfeplan/termine/${gehalten.id}`, {
      version: 1,
      status: 'gehalten',
      teilnahme: {
        jungerMensch: true,
        sorgeberechtigte: true,
        traeger: true,
        vorbereitung: 'Mit Emil und der Mutter vorbereitet.',
      },
      zielpruefung: [
        { zielId: ziel, bewertung: 'teilweise', bemerkung: 'Fehlzeiten halbiert.' },
        { zielId: teilziel, bewertung: 'erreicht' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    // The case team sees the same plan.
    const beimTraeger = (await fachkraft.get(`/api/hilfen/${hilfe}/hilfeplan`)).json() as Plan;
    expect(beimTraeger.ziele[0]).toMatchObject({
      text: 'Emil geht regelmäßig zur Schule.',
      pruefungen: [{ bewertung: 'teilweise' }],
      teilziele: [{ id: teilziel, pruefungen: [{ bewertung: 'erreicht' }] }],
    });
  });
});

describe('Ziele ändern und löschen, solange sie nicht überprüft sind', () => {
  const ziele = async () => ((await asd.get(`/api/hilfen/${hilfe}/hilfeplan`)).json() as Plan).ziele;

  it('rewords and deletes an unreviewed goal (with its sub-goals), audited', async () => {
    const angelegt = (
      await asd.post(`/api/hilfen/${hilfe}/hilfeplan/ziele`, { text: 'Emil findet einen Sportverein.' })
    ).json() as Plan;
    const ziel = angelegt.ziele.find(
      (z) => z.text === 'Emil findet einen Sportverein.',
    ) as Plan['ziele'][number];
    const teil = (
      await asd.post(`/api/hilfen/${hilfe}/hilfeplan/ziele`, { text: 'Probetraining.', oberzielId: ziel.id })
    ).json() as Plan;
    const teilziel = (teil.ziele.find((z) => z.id === ziel.id) as Plan['ziele'][number]).teilziele[0].id;

    const geaendert = await asd.patch(`/api/hilfeplan/ziele/${teilziel}`, {
      text: '  Zwei Probetrainings.  ',
    });
    expect(geaendert.statusCode, geaendert.body).toBe(200);
    expect(JSON.stringify(geaendert.json())).toContain('"text":"Zwei Probetrainings."');

    const vorher = await zustand();
    const weg = await asd.del(`/api/hilfeplan/ziele/${ziel.id}`);
    expect(weg.statusCode, weg.body).toBe(200);
    expect((await ziele()).some((z) => z.id === ziel.id)).toBe(false);
    // Goal and sub-goal gone, one audit row each.
    const nachher = await zustand();
    expect(nachher.hilfeplan_ziel).toBe(vorher.hilfeplan_ziel - 2);
    expect(nachher.audit).toBe(vorher.audit + 2);
    expect((await asd.del(`/api/hilfeplan/ziele/${ziel.id}`)).statusCode).toBe(404);
  });

  it('keeps a reviewed goal, its parent and its sub-goals: 409 on change and delete, nothing changed', async () => {
    // Reviewed at the held HPG of the test above.
    const [ziel] = await ziele();
    expect(ziel.pruefungen.length).toBeGreaterThan(0);
    const teilziel = ziel.teilziele[0].id;
    const vorher = await zustand();
    for (const res of [
      await asd.del(`/api/hilfeplan/ziele/${ziel.id}`),
      await asd.del(`/api/hilfeplan/ziele/${teilziel}`),
      await asd.patch(`/api/hilfeplan/ziele/${ziel.id}`, { text: 'Anders.' }),
      await asd.patch(`/api/hilfeplan/ziele/${teilziel}`, { text: 'Anders.' }),
    ]) {
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().fehler).toMatch(/bereits überprüft/);
    }
    expect(await zustand()).toEqual(vorher);
    const [danach] = await ziele();
    expect([danach.text, danach.teilziele[0].text]).toEqual([ziel.text, ziel.teilziele[0].text]);
  });

  it('refuses empty text (422), other roles (403) and another Jugendamt (404), changing nothing', async () => {
    const neu = (
      await asd.post(`/api/hilfen/${hilfe}/hilfeplan/ziele`, { text: 'Neues Ziel.' })
    ).json() as Plan;
    const ziel = (neu.ziele.find((z) => z.text === 'Neues Ziel.') as Plan['ziele'][number]).id;
    const vorher = await zustand();
    const leer = await asd.patch(`/api/hilfeplan/ziele/${ziel}`, { text: '   ' });
    expect(leer.statusCode).toBe(422);
    expect(leer.json().felder.text).toBeTruthy();
    expect((await asd.patch(`/api/hilfeplan/ziele/${ziel}`, {})).statusCode).toBe(422);
    expect((await fachkraft.patch(`/api/hilfeplan/ziele/${ziel}`, { text: 'x' })).statusCode).toBe(403);
    expect((await fachkraft.del(`/api/hilfeplan/ziele/${ziel}`)).statusCode).toBe(403);
    const wup = await t.als('asd@jugendamt-wuppertal.demo');
    expect((await wup.patch(`/api/hilfeplan/ziele/${ziel}`, { text: 'x' })).statusCode).toBe(404);
    expect((await wup.del(`/api/hilfeplan/ziele/${ziel}`)).statusCode).toBe(404);
    expect(await zustand()).toEqual(vorher);
    expect((await ziele()).find((z) => z.id === ziel)?.text).toBe('Neues Ziel.');
  });
});

describe('Wer darf', () => {
  it('lets the case team read but not write, and hides the plan from others (404/403)', async () => {
    expect((await fachkraft.get(`/api/hilfen/${hilfe}/hilfeplan`)).statusCode).toBe(200);
    const vorher = await zustand();
    expect(
      (await fachkraft.post(`/api/hilfen/${hilfe}/hilfeplan/termine`, { datum: '2027-03-01' })).statusCode,
    ).toBe(403);
    expect(
      (
        await (
          await t.als('leitung@traeger-bremerhaven.demo')
        ).post(`/api/hilfen/${hilfe}/hilfeplan/ziele`, { text: 'x' })
      ).statusCode,
    ).toBe(403);
    const wup = await t.als('asd@jugendamt-wuppertal.demo');
    expect((await wup.get(`/api/hilfen/${hilfe}/hilfeplan`)).statusCode).toBe(404);
    expect(
      (await wup.post(`/api/hilfen/${hilfe}/hilfeplan/termine`, { datum: '2027-03-01' })).statusCode,
    ).toBe(404);
    const [termin] = ((await asd.get(`/api/hilfen/${hilfe}/hilfeplan`)).json() as Plan).termine;
    expect(
      (
        await wup.patch(`/api/hilfeplan/termine/${termin.id}`, {
          version: termin.version,
          status: 'abgesagt',
        })
      ).statusCode,
    ).toBe(404);
    expect((await (await t.als('leitung@kiju.demo')).get(`/api/hilfen/${hilfe}/hilfeplan`)).statusCode).toBe(
      404,
    );
    expect(await zustand()).toEqual(vorher);
  });
});
