import { audit, person } from '@hilfewerk/db';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallId, type TestApp, testApp } from '../../test/test-app.ts';

/**
 * Anlage D.8, Präambel: the other parent or a person who actually cares for the child is included "mit
 * Zustimmung des betreuenden Elternteils". The case file records who consented and when, or refuses the person.
 */
let t: TestApp;
let muki: string;
let mutter: string;
let kind: string;

const anzahl = async (tabelle: typeof person | typeof audit) =>
  (await t.db.withSystemTx((tx) => tx.select({ n: count() }).from(tabelle)))[0].n;

beforeAll(async () => {
  t = await testApp();
  muki = await fallId(t, 'MUKI-2026-001');
  const akte = (await (await t.als('fachkraft@mukiberlin.demo')).get(`/api/faelle/${muki}`)).json();
  mutter = akte.personen.find((p: { rolle: string }) => p.rolle === 'junger_mensch').id;
  kind = akte.personen.find((p: { rolle: string }) => p.rolle === 'kind').id;
});
afterAll(() => t.close());

const vater = (extra: object) => ({ rolle: 'weitere_person', vorname: 'Jan', nachname: 'Spree', ...extra });

describe('Weitere Person nur mit Zustimmung des betreuenden Elternteils', () => {
  it('ohne Zustimmung: 422 mit der Klausel an beiden Feldern, nichts gespeichert', async () => {
    const s = await t.als('fachkraft@mukiberlin.demo');
    const [personen, protokoll] = [await anzahl(person), await anzahl(audit)];
    const res = await s.post(`/api/faelle/${muki}/personen`, vater({}));
    expect(res.statusCode).toBe(422);
    expect(res.json().felder.zustimmungVon).toContain('mit Zustimmung des betreuenden Elternteils');
    expect(res.json().felder.zustimmungAm).toContain('Anlage D.8, Präambel');
    expect(await anzahl(person)).toBe(personen);
    expect(await anzahl(audit)).toBe(protokoll);
  });

  it('das Kind, eine Person eines anderen Falls oder ein Datum in der Zukunft gelten nicht als Zustimmung', async () => {
    const s = await t.als('fachkraft@mukiberlin.demo');
    const vorher = await anzahl(person);
    const durchKind = await s.post(
      `/api/faelle/${muki}/personen`,
      vater({ zustimmungVon: kind, zustimmungAm: '2026-09-01' }),
    );
    expect(durchKind.statusCode).toBe(422);
    expect(durchKind.json().felder.zustimmungVon).toContain(
      'betreuenden Elternteil aus den Personen dieses Falls',
    );
    const andererFall = await fallId(t, 'MUKI-2026-002');
    const fremd = (await s.get(`/api/faelle/${andererFall}`)).json().personen[0].id;
    const fremdeZustimmung = await s.post(
      `/api/faelle/${muki}/personen`,
      vater({ zustimmungVon: fremd, zustimmungAm: '2026-09-01' }),
    );
    expect(fremdeZustimmung.statusCode).toBe(422);
    const zukunft = await s.post(
      `/api/faelle/${muki}/personen`,
      vater({ zustimmungVon: mutter, zustimmungAm: '2026-12-24' }),
    );
    expect(zukunft.statusCode).toBe(422);
    expect(zukunft.json().felder.zustimmungAm).toBe('Die Zustimmung kann nicht in der Zukunft liegen.');
    expect(await anzahl(person)).toBe(vorher);
  });

  it('mit Zustimmung der Mutter wird die Person angelegt; eine Änderung kann die Zustimmung nicht löschen', async () => {
    const s = await t.als('fachkraft@mukiberlin.demo');
    const res = await s.post(
      `/api/faelle/${muki}/personen`,
      vater({ zustimmungVon: mutter, zustimmungAm: '2026-09-01' }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      rolle: 'weitere_person',
      zustimmungVon: mutter,
      zustimmungAm: '2026-09-01',
    });
    const akte = (await s.get(`/api/faelle/${muki}`)).json();
    expect(akte.personen.find((p: { id: string }) => p.id === res.json().id).zustimmungAm).toBe('2026-09-01');

    const name = await s.patch(`/api/faelle/${muki}/personen/${res.json().id}`, {
      version: res.json().version,
      vorname: 'Jan-Ole',
    });
    expect(name.statusCode).toBe(200);
    expect(name.json()).toMatchObject({ vorname: 'Jan-Ole', zustimmungVon: mutter });
    const ohne = await s.patch(`/api/faelle/${muki}/personen/${res.json().id}`, {
      version: name.json().version,
      zustimmungVon: null,
    });
    expect(ohne.statusCode).toBe(422);
    expect(
      (await s.get(`/api/faelle/${muki}`))
        .json()
        .personen.find((p: { id: string }) => p.id === res.json().id),
    ).toMatchObject({ zustimmungVon: mutter, version: name.json().version });
  });

  it('eine Rolle zur weiteren Person machen verlangt die Zustimmung; andere Rollen tragen keine', async () => {
    const s = await t.als('fachkraft@mukiberlin.demo');
    const neu = await s.post(`/api/faelle/${muki}/personen`, {
      rolle: 'betreuungsperson',
      vorname: 'Oma',
      nachname: 'Spree',
    });
    expect(neu.statusCode).toBe(201);
    const wechsel = await s.patch(`/api/faelle/${muki}/personen/${neu.json().id}`, {
      version: neu.json().version,
      rolle: 'weitere_person',
    });
    expect(wechsel.statusCode).toBe(422);
    expect(wechsel.json().felder.zustimmungVon).toContain('Anlage D.8');
    const falsch = await s.post(`/api/faelle/${muki}/personen`, {
      rolle: 'geschwister',
      vorname: 'Ida',
      nachname: 'Spree',
      zustimmungVon: mutter,
      zustimmungAm: '2026-09-01',
    });
    expect(falsch.statusCode).toBe(422);
    expect(falsch.json().felder.zustimmungVon).toContain('nur für eine weitere Person');
  });

  it('beim Anlegen eines Falls wird keine weitere Person angenommen (es gibt noch niemanden, der zustimmt)', async () => {
    const s = await t.als('fachkraft@mukiberlin.demo');
    const res = await s.post('/api/faelle', {
      aktenzeichen: 'MUKI-2026-900',
      bezeichnung: 'Test',
      personen: [vater({})],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().felder.personen).toContain('nach dem Anlegen des Falls');
  });

  it('Verwaltung darf keine Person anlegen (403), ein anderer Träger sieht den Fall nicht (404)', async () => {
    const vorher = await anzahl(person);
    const eingabe = vater({ zustimmungVon: mutter, zustimmungAm: '2026-09-01' });
    expect(
      (await (await t.als('verwaltung@mukiberlin.demo')).post(`/api/faelle/${muki}/personen`, eingabe))
        .statusCode,
    ).toBe(403);
    expect(
      (await (await t.als('leitung@kiju.demo')).post(`/api/faelle/${muki}/personen`, eingabe)).statusCode,
    ).toBe(404);
    expect(await anzahl(person)).toBe(vorher);
  });
});
