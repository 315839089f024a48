import { budgetvereinbarung } from '@hilfewerk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../test/test-app.ts';

/**
 * Modellprojekt Bremerhaven, II.5: changes of working time "werden mit Inkrafttreten übernommen". The agreement
 * records a staff plan change with its day; quarters before it keep their plan (the demo plans 30720 h a year,
 * 7680 h a quarter; the test day is 25.11.2026, so 2026-Q4 runs).
 */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const zeilen = () => t.db.withSystemTx((tx) => tx.select().from(budgetvereinbarung));

async function koerper() {
  const l = await t.als('leitung@traeger-bremerhaven.demo');
  const { id: _id, jugendamt, stellen, ...rest } = (await l.get('/api/budget')).json();
  return { l, stellen, body: { ...rest, stellen, jugendamtId: jugendamt.id } };
}

describe('Stellenplan mit Inkrafttreten', () => {
  it('eine Änderung ab 01.10.2026 lässt die vergangenen Quartale bei ihrem Plan; das laufende misst gegen den neuen', async () => {
    const { l, stellen, body } = await koerper();
    const vorher = (await l.get('/api/budget/controlling')).json();
    // The same staff, 10 % fewer hours per VK from 01.10.2026.
    const neu = stellen.map((s: { jahresstundenVk: number }) => ({
      ...s,
      jahresstundenVk: s.jahresstundenVk * 0.9,
    }));
    const res = await l.put('/api/budget', {
      ...body,
      stellenaenderungen: [{ ab: '2026-10-01', grund: 'Tarifvertrag: kürzere Arbeitszeit', stellen: neu }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().stellenaenderungen).toEqual([
      { ab: '2026-10-01', grund: 'Tarifvertrag: kürzere Arbeitszeit', stellen: neu },
    ]);
    const nachher = (await l.get('/api/budget/controlling')).json();
    expect(nachher.quartale).toEqual(vorher.quartale);
    expect(nachher.planstundenJahr).toBe(30720);
    expect(nachher.stellenplaene).toEqual([
      { ab: '2025-01-01', bis: '2026-09-30', planstundenJahr: 30720 },
      {
        ab: '2026-10-01',
        bis: '2029-12-31',
        planstundenJahr: 27648,
        grund: 'Tarifvertrag: kürzere Arbeitszeit',
      },
    ]);
    // 27648 / 4
    expect(vorher.laufendesQuartal).toMatchObject({ quartal: '2026-Q4', plan: 7680 });
    expect(nachher.laufendesQuartal).toMatchObject({ quartal: '2026-Q4', plan: 6912 });
  });

  it('eine Änderung vor dem Beginn oder nicht aufsteigend: 422 mit der Klausel, nichts geändert', async () => {
    const { l, body } = await koerper();
    const vorher = await zeilen();
    const frueh = await l.put('/api/budget', {
      ...body,
      stellenaenderungen: [{ ab: '2024-12-01', stellen: body.stellen }],
    });
    expect(frueh.statusCode).toBe(422);
    expect(JSON.stringify(frueh.json())).toContain('mit Inkrafttreten übernommen');
    const durcheinander = await l.put('/api/budget', {
      ...body,
      stellenaenderungen: [
        { ab: '2027-01-01', stellen: body.stellen },
        { ab: '2026-01-01', stellen: body.stellen },
      ],
    });
    expect(durcheinander.statusCode).toBe(422);
    expect(await zeilen()).toEqual(vorher);
  });

  it('Fachkraft 403, ein Träger ohne Vereinbarung 404, nichts geändert', async () => {
    const { body } = await koerper();
    const vorher = await zeilen();
    const eingabe = { ...body, stellenaenderungen: [{ ab: '2027-01-01', stellen: body.stellen }] };
    expect(
      (await (await t.als('fachkraft@traeger-bremerhaven.demo')).put('/api/budget', eingabe)).statusCode,
    ).toBe(403);
    expect((await (await t.als('leitung@kiju.demo')).get('/api/budget')).statusCode).toBe(404);
    expect(await zeilen()).toEqual(vorher);
  });
});
