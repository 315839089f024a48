import { ROLLEN } from '@hilfewerk/api';
import { budgetvereinbarung, leistungseintrag } from '@hilfewerk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KONTEN } from '../../demo/daten.ts';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';
import { zeilenzahlen } from '../../test/zeilenzahl.ts';

/**
 * The Jugendamt's Fachcontrolling reads the Trägerbudgets agreed with it and their controlling — the same
 * sums the provider sees, and nothing that leads to a case or a person. Another Jugendamt and every other
 * role get nothing.
 */
let t: TestApp;
let controllingBhv: TestSitzung;
let controllingWup: TestSitzung;
let budgetId: string;

/** One demo account per role, at the Bremerhaven side where there is one. */
const konto = (rolle: string) =>
  (
    KONTEN.find((k) => k.rolle === rolle && k.org === 'ja-bhv') ??
    KONTEN.find((k) => k.rolle === rolle && k.org === 'tbh') ??
    KONTEN.find((k) => k.rolle === rolle)
  )?.email as string;

beforeAll(async () => {
  t = await testApp();
  controllingBhv = await t.als('controlling@jugendamt-bremerhaven.demo');
  controllingWup = await t.als('controlling@jugendamt-wuppertal.demo');
  const [b] = await t.db.withSystemTx((tx) =>
    tx.select({ id: budgetvereinbarung.id }).from(budgetvereinbarung),
  );
  budgetId = b.id;
});
afterAll(() => t.close());

describe('GET /api/traegerbudgets', () => {
  it('lists the Bremerhaven provider’s budget for Bremerhaven’s Fachcontrolling', async () => {
    const res = await controllingBhv.get('/api/traegerbudgets');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      {
        id: budgetId,
        bezeichnung: 'Trägerbudget ambulante HzE Bremerhaven 2025–2029',
        traeger: { id: expect.any(String), name: 'Träger Bremerhaven' },
        gesamtbudget: '9000000.00',
        beginn: '2025-01-01',
        monate: 60,
        ende: '2029-12-31',
      },
    ]);
  });

  it('shows another Jugendamt’s Fachcontrolling none of them', async () => {
    const res = await controllingWup.get('/api/traegerbudgets');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([]);
  });

  it.each(ROLLEN.filter((r) => r !== 'fachcontrolling'))('refuses %s (403)', async (rolle) => {
    const s = await t.als(konto(rolle));
    expect((await s.get('/api/traegerbudgets')).statusCode).toBe(403);
    expect((await s.get(`/api/traegerbudgets/${budgetId}/controlling`)).statusCode).toBe(403);
  });
});

describe('GET /api/traegerbudgets/:id/controlling', () => {
  it('gives the provider’s own sums: hours per quarter against the plan, instalments, alarm', async () => {
    const res = await controllingBhv.get(`/api/traegerbudgets/${budgetId}/controlling`);
    expect(res.statusCode).toBe(200);
    const c = res.json();
    const eigen = (
      await (await t.als('leitung@traeger-bremerhaven.demo')).get('/api/budget/controlling')
    ).json();
    const { traeger, ...ohneTraeger } = c;
    expect(traeger.name).toBe('Träger Bremerhaven');
    expect(ohneTraeger).toEqual(eigen);
    expect(c.quartale.length).toBeGreaterThan(0);
    expect(c.quartale.some((q: { ist: number }) => q.ist > 0)).toBe(true);
  });

  it('carries no case, file number or staff name', async () => {
    const text = (await controllingBhv.get(`/api/traegerbudgets/${budgetId}/controlling`)).body;
    const namen = KONTEN.filter((k) => k.org === 'tbh').map((k) => k.name);
    for (const n of namen) expect(text).not.toContain(n);
    expect(text).not.toMatch(/TBH-\d{4}/);
    expect(text).not.toMatch(/fallId|hilfeId|aktenzeichen|benutzer/i);
  });

  it('answers 404 to another Jugendamt for an unknown and for a malformed id', async () => {
    expect((await controllingWup.get(`/api/traegerbudgets/${budgetId}/controlling`)).statusCode).toBe(404);
    const unbekannt = await controllingBhv.get(
      '/api/traegerbudgets/00000000-0000-4000-8000-000000000000/controlling',
    );
    expect(unbekannt.statusCode).toBe(404);
    expect(unbekannt.json().fehler).toMatch(/Trägerbudget/);
    // Like every id in a path: one that cannot exist is not found.
    expect((await controllingBhv.get('/api/traegerbudgets/abc/controlling')).statusCode).toBe(404);
  });

  it('reads the hours as the system for this one sum only: the role itself still sees no hours', async () => {
    const vorher = await zeilenzahlen(t, ['audit', 'leistungseintrag', 'budgetvereinbarung']);
    await controllingBhv.get(`/api/traegerbudgets/${budgetId}/controlling`);
    expect(await zeilenzahlen(t, ['audit', 'leistungseintrag', 'budgetvereinbarung'])).toEqual(vorher);
    const k = controllingBhv;
    const zeilen = await t.db.withTx(
      {
        organisationId: k.organisation.id,
        benutzerId: k.benutzer.id,
        rolle: 'fachcontrolling',
        organisationArt: 'jugendamt',
      },
      async (tx) => ({
        eintraege: await tx.select().from(leistungseintrag),
        budgets: await tx.select({ id: budgetvereinbarung.id }).from(budgetvereinbarung),
      }),
    );
    expect(zeilen).toEqual({ eintraege: [], budgets: [{ id: budgetId }] });
  });
});
