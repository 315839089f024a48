import { audit } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallId, type TestApp, testApp } from '../../test/test-app.ts';

/**
 * Correcting a recorded event (PATCH /api/faelle/:id/ereignisse/:ereignisId): the change, its audit row,
 * the deadlines that follow it, and the refusals that change nothing. KIJU-2026-001 has an HPG planned
 * for 10.12.2026; its report is due 14 days before (26.11.2026).
 */
let t: TestApp;
let fall: string;
beforeAll(async () => {
  t = await testApp();
  fall = await fallId(t, 'KIJU-2026-001');
});
afterAll(() => t.close());

interface Frist {
  id: string;
  regel: string;
  faellig: string | null;
  status: string;
  erledigtAm: string | null;
  nachweis: string | null;
}
interface Ereignis {
  id: string;
  art: string;
  datum: string;
  notiz: string | null;
  version: number;
}

async function fristen(): Promise<Frist[]> {
  const s = await t.als('fachkraft@kiju.demo');
  return (await s.get(`/api/faelle/${fall}/fristen`)).json();
}

async function ereignis(id: string): Promise<Ereignis> {
  const s = await t.als('fachkraft@kiju.demo');
  const akte = (await s.get(`/api/faelle/${fall}`)).json();
  return akte.ereignisse.find((e: Ereignis) => e.id === id);
}

async function auditZeilen(id: string) {
  return t.db.withSystemTx((tx) =>
    tx
      .select()
      .from(audit)
      .where(and(eq(audit.ressourceId, id), eq(audit.ressource, 'ereignis'), eq(audit.aktion, 'aendern'))),
  );
}

describe('PATCH /api/faelle/:id/ereignisse/:ereignisId', () => {
  it('moves the planned HPG: the report deadline moves with it, the audit row names the field', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const akte = (await s.get(`/api/faelle/${fall}`)).json();
    const hpg = akte.ereignisse.find((e: Ereignis) => e.art === 'hpg_geplant') as Ereignis;
    expect(hpg.datum).toBe('2026-12-10');
    const bericht = (await fristen()).find((f) => f.regel === 'bericht-vor-hpg' && f.status !== 'entfallen');
    expect(bericht?.faellig).toBe('2026-11-26');

    const res = await s.patch(`/api/faelle/${fall}/ereignisse/${hpg.id}`, {
      version: hpg.version,
      datum: '2026-12-17',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: hpg.id, datum: '2026-12-17', version: hpg.version + 1 });

    const danach = (await fristen()).find((f) => f.id === bericht?.id);
    expect(danach).toMatchObject({ faellig: '2026-12-03', status: 'offen' });
    const zeilen = await auditZeilen(hpg.id);
    expect(zeilen).toHaveLength(1);
    expect(zeilen[0]).toMatchObject({
      benutzerId: s.benutzer.id,
      details: { fallId: fall, felder: ['datum'] },
    });
  });

  it('reopens the deadline the event met and lets the corrected event meet the right one', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const neu = await s.post(`/api/faelle/${fall}/ereignisse`, {
      art: 'kontakt_sorgeberechtigte',
      datum: '2026-11-20',
    });
    expect(neu.statusCode).toBe(201);
    const kontakt = neu.json() as Ereignis;
    const november = (await fristen()).find(
      (f) => f.regel === 'kontakt-sorgeberechtigte' && f.faellig?.startsWith('2026-11'),
    ) as Frist;
    expect(november).toMatchObject({ status: 'erledigt', erledigtAm: '2026-11-20' });
    const september = (await fristen()).find(
      (f) => f.regel === 'kontakt-sorgeberechtigte' && f.faellig?.startsWith('2026-09'),
    ) as Frist;
    expect(september.status).toBe('ueberfaellig');

    const res = await s.patch(`/api/faelle/${fall}/ereignisse/${kontakt.id}`, {
      version: kontakt.version,
      datum: '2026-09-15',
    });
    expect(res.statusCode).toBe(200);
    const danach = await fristen();
    expect(danach.find((f) => f.id === november.id)).toMatchObject({
      status: 'offen',
      erledigtAm: null,
      nachweis: null,
    });
    expect(danach.find((f) => f.id === september.id)).toMatchObject({
      status: 'erledigt',
      erledigtAm: '2026-09-15',
      nachweis: 'Ereignis „Kontakt zu den Sorgeberechtigten“ am 15.09.2026',
    });
  });

  it('changes only the note without touching deadlines', async () => {
    const s = await t.als('leitung@kiju.demo');
    const akte = (await s.get(`/api/faelle/${fall}`)).json();
    const e = akte.ereignisse.find((x: Ereignis) => x.art === 'hpg_geplant') as Ereignis;
    const vorher = await fristen();
    const res = await s.patch(`/api/faelle/${fall}/ereignisse/${e.id}`, {
      version: e.version,
      notiz: 'Termin im Jugendamt, Raum 3',
    });
    expect(res.statusCode).toBe(200);
    expect((await ereignis(e.id)).notiz).toBe('Termin im Jugendamt, Raum 3');
    expect(await fristen()).toEqual(vorher);
  });

  it('answers a stale version with 409 and the current event, changing nothing', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const akte = (await s.get(`/api/faelle/${fall}`)).json();
    const e = akte.ereignisse[0] as Ereignis;
    const zeilenVorher = (await auditZeilen(e.id)).length;
    const res = await s.patch(`/api/faelle/${fall}/ereignisse/${e.id}`, {
      version: e.version - 1,
      datum: '2026-01-01',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().fehler).toContain('inzwischen von jemand anderem geändert');
    expect(res.json().aktuell).toMatchObject({ id: e.id, datum: e.datum, version: e.version });
    expect(await ereignis(e.id)).toEqual(e);
    expect(await auditZeilen(e.id)).toHaveLength(zeilenVorher);
  });

  it('refuses a day that does not exist and a Hilfe of another case, in German, changing nothing', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const akte = (await s.get(`/api/faelle/${fall}`)).json();
    const e = akte.ereignisse[0] as Ereignis;
    const falsch = await s.patch(`/api/faelle/${fall}/ereignisse/${e.id}`, {
      version: e.version,
      datum: '2026-02-31',
    });
    expect(falsch.statusCode).toBeGreaterThanOrEqual(400);
    expect(falsch.statusCode).toBeLessThan(500);
    expect(falsch.json().felder.datum).toBe('Bitte ein gültiges Datum im Format JJJJ-MM-TT angeben.');

    const anderer = (await s.get(`/api/faelle/${await fallId(t, 'KIJU-2026-002')}`)).json();
    const fremdeHilfe = await s.patch(`/api/faelle/${fall}/ereignisse/${e.id}`, {
      version: e.version,
      hilfeId: anderer.hilfen[0].id,
    });
    expect(fremdeHilfe.statusCode).toBe(422);
    expect(fremdeHilfe.json().felder).toEqual({ hilfeId: 'Diese Hilfe gehört nicht zu diesem Fall.' });
    expect(await ereignis(e.id)).toEqual(e);
  });

  it("answers 404 for another organisation's event and for an event of another case", async () => {
    const kiju = await t.als('fachkraft@kiju.demo');
    const e = (await kiju.get(`/api/faelle/${fall}`)).json().ereignisse[0] as Ereignis;
    const fremd = await t.als('leitung@traeger-bremerhaven.demo');
    const res = await fremd.patch(`/api/faelle/${fall}/ereignisse/${e.id}`, {
      version: e.version,
      notiz: 'x',
    });
    expect(res.statusCode).toBe(404);
    const andererFall = await fallId(t, 'KIJU-2026-003');
    const leitung = await t.als('leitung@kiju.demo');
    const quer = await leitung.patch(`/api/faelle/${andererFall}/ereignisse/${e.id}`, {
      version: e.version,
      notiz: 'x',
    });
    expect(quer.statusCode).toBe(404);
    expect(quer.json().fehler).toBe('Das Ereignis wurde nicht gefunden.');
    expect(await ereignis(e.id)).toEqual(e);
  });
});
