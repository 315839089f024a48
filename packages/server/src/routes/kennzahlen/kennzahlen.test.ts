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
    expect(res.json()).toEqual({ jahr: 2026, ...erwartet });
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
        .set({ tatsaechlichesEnde: '2026-11-20', endegrund: 'planmaessig' })
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

  it.each(['jahr=abc', 'jahr=1999', 'jahr=2026.5', ''])(
    '?%s → 422 with a German message',
    async (abfrage) => {
      const res = await leitung.get(`/api/kennzahlen?${abfrage}`);
      expect(res.statusCode).toBe(422);
      expect(JSON.stringify(res.json())).toMatch(/Jahr|jahr/);
    },
  );
});
