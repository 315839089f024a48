import { beschwerde, hilfe, organisation } from '@hilfewerk/db';
import { berechneKennzahlen } from '@hilfewerk/rules';
import { and, count, eq, gte, isNull, lte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

/** The provider's key figures through the API: wired to the rule, moved by the facts, Leitung only. */
let t: TestApp;
let leitung: TestSitzung;

beforeAll(async () => {
  t = await testApp();
  leitung = await t.als('leitung@kiju.demo');
});
afterAll(() => t.close());

describe('GET /api/kennzahlen', () => {
  it('computes the year over every Hilfe of the organisation, by the one definition', async () => {
    const res = await leitung.get('/api/kennzahlen?jahr=2026');
    expect(res.statusCode, res.body).toBe(200);
    const erwartet = await t.db.withSystemTx(async (tx) => {
      const hilfen = await tx
        .select({ beginn: hilfe.beginn, ende: hilfe.tatsaechlichesEnde, jugendamt: organisation.name })
        .from(hilfe)
        .innerJoin(organisation, eq(organisation.id, hilfe.jugendamtId))
        .where(eq(hilfe.organisationId, leitung.organisation.id));
      const [{ n }] = await tx
        .select({ n: count() })
        .from(beschwerde)
        .where(
          and(
            eq(beschwerde.organisationId, leitung.organisation.id),
            gte(beschwerde.eingegangenAm, '2026-01-01'),
          ),
        );
      return berechneKennzahlen(2026, hilfen, Number(n));
    });
    expect(res.json()).toMatchObject({ jahr: 2026, ...erwartet });
    expect(res.json().aufnahmen).toBeGreaterThan(0);
    expect(res.json().belegendeJugendaemter.map((j: { name: string }) => j.name)).toContain(
      'Jugendamt Wuppertal',
    );
  });

  it('an ended Hilfe counts as a discharge with its length of stay, a new complaint as a complaint', async () => {
    const vorher = (await leitung.get('/api/kennzahlen?jahr=2026')).json();
    await t.db.withSystemTx(async (tx) => {
      const [h] = await tx
        .select()
        .from(hilfe)
        .where(
          and(
            eq(hilfe.organisationId, leitung.organisation.id),
            isNull(hilfe.tatsaechlichesEnde),
            lte(hilfe.beginn, '2026-11-20'),
          ),
        )
        .limit(1);
      await tx
        .update(hilfe)
        .set({ tatsaechlichesEnde: '2026-11-20', endegrund: 'Ziele erreicht', beendigung: 'unplanmaessig' })
        .where(eq(hilfe.id, h.id));
    });
    const eingabe = await t.app.inject({
      method: 'POST',
      url: '/api/beschwerden/oeffentlich',
      payload: { organisation: 'kiju-wuppertal', text: 'Niemand ruft zurück.' },
    });
    expect(eingabe.statusCode, eingabe.body).toBe(201);
    const nachher = (await leitung.get('/api/kennzahlen?jahr=2026')).json();
    expect(nachher.entlassungen).toBe(vorher.entlassungen + 1);
    expect(nachher.verweildauerTage.median).not.toBeNull();
    expect(nachher.beschwerden).toBe(vorher.beschwerden + 1);
    expect(nachher.beschwerdenOffen).toBe(vorher.beschwerdenOffen + 1);
    expect(nachher.entlassungenNachGrund.unplanmaessig).toBe(vorher.entlassungenNachGrund.unplanmaessig + 1);
  });

  it('?zeitraum= a quarter or a month, each figure with its definition and source', async () => {
    const q = await leitung.get('/api/kennzahlen?zeitraum=2026-Q4');
    expect(q.statusCode, q.body).toBe(200);
    expect(q.json().zeitraum).toEqual({
      text: '2026-Q4',
      bezeichnung: '4. Quartal 2026',
      von: '2026-10-01',
      bis: '2026-12-31',
    });
    const m = (await leitung.get('/api/kennzahlen?zeitraum=2026-10')).json();
    expect(m.zeitraum.bezeichnung).toBe('Oktober 2026');
    // The demo records KIJU's hours through October: the month has direct hours and a plan from the granted hours.
    expect(m.stunden.direkt.ist).toBeGreaterThan(0);
    expect(m.stunden.direkt.plan).toBeGreaterThan(0);
    expect(q.json().stunden.direkt.ist).toBeGreaterThanOrEqual(m.stunden.direkt.ist);
    expect(m.fristen.faellig).toBeGreaterThanOrEqual(m.fristen.termingerecht);
    const namen = m.definitionen.map((d: { schluessel: string }) => d.schluessel);
    for (const s of ['entlassungenNachGrund', 'stunden', 'auslastung', 'fristen', 'kinderschutz'])
      expect(namen).toContain(s);
    for (const d of m.definitionen) expect(d.quelle).not.toBe('');
    // KIJU has no place-based service and no Trägerbudget: no occupancy, no Bremerhaven list.
    expect(m.auslastung).toEqual([]);
    expect(m.bremerhaven).toBeNull();
  });

  it('Bremerhaven gets its key-figure list, the D.8 provider its occupancy against 92–95 %', async () => {
    const bhv = (
      await (await t.als('leitung@traeger-bremerhaven.demo')).get('/api/kennzahlen?jahr=2026')
    ).json();
    expect(bhv.bremerhaven).toHaveLength(14);
    expect(bhv.bremerhaven[5]).toMatchObject({
      kennzahl: 'Anzahl der erbrachten Stunden in Familien/am Klient',
      einheit: 'Stunden',
    });
    expect(bhv.bremerhaven[5].wert).toBe(bhv.stunden.direkt.ist);
    expect(bhv.bremerhaven[0].wert).toBeNull();
    const muki = (
      await (await t.als('leitung@mukiberlin.demo')).get('/api/kennzahlen?zeitraum=2026-Q3')
    ).json();
    expect(muki.auslastung).toHaveLength(1);
    expect(muki.auslastung[0]).toMatchObject({ leistung: 'berlin-d8', min: 92, max: 95 });
    expect(muki.auslastung[0].belegungstage).toBeGreaterThan(0);
  });

  it('the Hilfe records how it ended (planmäßig/unplanmäßig); another word → 422 and nothing changes', async () => {
    const [h] = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(hilfe)
        .where(and(eq(hilfe.organisationId, leitung.organisation.id), isNull(hilfe.tatsaechlichesEnde)))
        .limit(1),
    );
    const url = `/api/faelle/${h.fallId}/hilfen/${h.id}`;
    const falsch = await leitung.patch(url, {
      version: h.version,
      tatsaechlichesEnde: '2026-11-24',
      endegrund: 'Abbruch',
      beendigung: 'abgebrochen',
    });
    expect(falsch.statusCode).toBe(422);
    expect(falsch.body).toContain('planmäßig');
    const [unveraendert] = await t.db.withSystemTx((tx) => tx.select().from(hilfe).where(eq(hilfe.id, h.id)));
    expect(unveraendert.tatsaechlichesEnde).toBeNull();
    const res = await leitung.patch(url, {
      version: h.version,
      tatsaechlichesEnde: '2026-11-24',
      endegrund: 'Abbruch durch die Familie',
      beendigung: 'unplanmaessig',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().beendigung).toBe('unplanmaessig');
  });

  it('only the Leitung (403 for the others)', async () => {
    for (const email of [
      'admin@kiju.demo',
      'fachkraft@kiju.demo',
      'verwaltung@kiju.demo',
      'iefk@kiju.demo',
      'asd@jugendamt-wuppertal.demo',
      'controlling@jugendamt-bremerhaven.demo',
    ]) {
      expect((await (await t.als(email)).get('/api/kennzahlen?jahr=2026')).statusCode, email).toBe(403);
    }
  });

  it.each([
    'jahr=abc',
    'jahr=1999',
    'jahr=2026.5',
    '',
    'zeitraum=2026-Q5',
    'zeitraum=26',
    'zeitraum=2026-13',
  ])('?%s → 422 with a German message', async (abfrage) => {
    const res = await leitung.get(`/api/kennzahlen?${abfrage}`);
    expect(res.statusCode).toBe(422);
    expect(JSON.stringify(res.json())).toMatch(/Jahr|Zeitraum/);
  });
});
