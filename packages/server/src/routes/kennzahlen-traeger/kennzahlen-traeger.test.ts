import { hilfe, organisation } from '@hilfewerk/db';
import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

/**
 * The Jugendamt's view over its providers: only its own providers, sums only, small counts suppressed,
 * Fachcontrolling only; the database functions refuse every other caller as well (second wall).
 */
let t: TestApp;
let controlling: TestSitzung;

beforeAll(async () => {
  t = await testApp();
  controlling = await t.als('controlling@jugendamt-bremerhaven.demo');
});
afterAll(() => t.close());

/** Hilfen granted by the Jugendamt of `org` that ran in 2026, per provider name (read as the system). */
async function erwarteteHilfen(jugendamtId: string) {
  return t.db.withSystemTx(async (tx) => {
    const zeilen = await tx
      .select({ traeger: organisation.name, beginn: hilfe.beginn, ende: hilfe.tatsaechlichesEnde })
      .from(hilfe)
      .innerJoin(organisation, eq(organisation.id, hilfe.organisationId))
      .where(
        and(
          eq(hilfe.jugendamtId, jugendamtId),
          lte(hilfe.beginn, '2026-12-31'),
          or(isNull(hilfe.tatsaechlichesEnde), gte(hilfe.tatsaechlichesEnde, '2026-01-01')),
        ),
      );
    const je = new Map<string, number>();
    for (const z of zeilen) je.set(z.traeger, (je.get(z.traeger) ?? 0) + 1);
    return je;
  });
}

describe('GET /api/kennzahlen/traeger', () => {
  it('Bremerhaven Fachcontrolling sees exactly the providers of its Hilfen, with their true counts or "suppressed"', async () => {
    const res = await controlling.get('/api/kennzahlen/traeger?jahr=2026');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const erwartet = await erwarteteHilfen(controlling.organisation.id);
    expect(erwartet.size).toBeGreaterThan(0);
    expect(body.traeger.map((z: { name: string }) => z.name).sort()).toEqual([...erwartet.keys()].sort());
    for (const z of body.traeger) {
      const n = erwartet.get(z.name) as number;
      if (n <= 2) {
        expect(z.hilfenImJahr).toBeNull();
        expect(z.unterdrueckteFelder).toContain('hilfenImJahr');
      } else expect(z.hilfenImJahr).toBe(n);
      expect(z.unterdrueckt).toBe(z.unterdrueckteFelder.length > 0);
      for (const f of ['aufnahmen', 'entlassungen', 'beschwerden'] as const) {
        expect(z[f] === 1 || z[f] === 2).toBe(false);
        if (z.unterdrueckteFelder.includes(f)) {
          expect(z[f]).toBeNull();
          expect(body.summe[f]).toBeNull();
          expect(body.summe.unterdrueckteFelder).toContain(f);
        }
      }
    }
    // The demo's one discharge of 2026 (TBH-2025-005): hidden, with its length of stay and the column total.
    const tbh = body.traeger.find((z: { name: string }) => z.name === 'Träger Bremerhaven');
    expect(tbh).toMatchObject({ entlassungen: null, unterdrueckt: true });
    expect(tbh.verweildauerTage.mittel).toBeNull();
    expect(tbh.unterdrueckteFelder).toEqual(
      expect.arrayContaining(['entlassungen', 'verweildauerTage.mittel', 'verweildauerTage.median']),
    );
    expect(body.summe).toMatchObject({ entlassungen: null, unterdrueckt: true });
    expect(body.summe.unterdrueckteFelder).not.toContain('aufnahmen');
    expect(body.summe.aufnahmen).toEqual(expect.any(Number));
    // Names of young people or case numbers never appear.
    expect(res.body).not.toMatch(/aktenzeichen|vorname|nachname|KIJU-20/i);
  });

  it('a Hilfe more moves the count of its provider; small counts stay hidden in the total', async () => {
    const [tbh] = await t.db.withSystemTx((tx) =>
      tx.select().from(organisation).where(eq(organisation.name, 'Träger Bremerhaven')),
    );
    const vorher = (await controlling.get('/api/kennzahlen/traeger?jahr=2026')).json();
    const zeile = vorher.traeger.find((z: { id: string }) => z.id === tbh.id);
    expect(zeile).toBeDefined();
    // Three new Hilfen started in 2026 lift the provider's admissions by three.
    await t.db.withSystemTx(async (tx) => {
      const [h] = await tx.select().from(hilfe).where(eq(hilfe.organisationId, tbh.id)).limit(1);
      const { id: _id, ...rest } = h;
      for (let i = 0; i < 3; i++)
        await tx
          .insert(hilfe)
          .values({ ...rest, beginn: '2026-03-01', tatsaechlichesEnde: null, endegrund: null });
    });
    const nachher = (await controlling.get('/api/kennzahlen/traeger?jahr=2026')).json();
    const neu = nachher.traeger.find((z: { id: string }) => z.id === tbh.id);
    const alt = zeile.aufnahmen ?? 0;
    expect(neu.unterdrueckteFelder).not.toContain('aufnahmen');
    expect(neu.aufnahmen).toBeGreaterThanOrEqual(alt + 3);
  });

  it('another Jugendamt sees none of Bremerhaven’s providers; a database call as another role gets nothing', async () => {
    const andere = await t.db.withSystemTx((tx) =>
      tx.select().from(organisation).where(eq(organisation.name, 'Jugendamt Berlin-Mitte')),
    );
    const erwartet = await erwarteteHilfen(andere[0].id);
    // The demo has no Fachcontrolling in Berlin-Mitte: ask the database function in its context directly.
    const { sql } = await import('drizzle-orm');
    const zeilen = await t.db.withTx(
      {
        organisationId: andere[0].id,
        benutzerId: controlling.benutzer.id,
        rolle: 'fachcontrolling',
        organisationArt: 'jugendamt',
      },
      async (tx) =>
        (await tx.execute(sql`select traeger from hw_kennzahlen_traeger(2026, array['x'])`)) as unknown,
    );
    const namen = (zeilen as { rows: { traeger: string }[] }).rows.map((z) => z.traeger).sort();
    expect(namen).toEqual([...erwartet.keys()].sort());
    const bhv = await erwarteteHilfen(controlling.organisation.id);
    for (const n of bhv.keys()) if (!erwartet.has(n)) expect(namen).not.toContain(n);
    // The ASD of Bremerhaven (case access to its Hilfen, but not these sums) gets no row from the function.
    const asd = await t.db.withTx(
      {
        organisationId: controlling.organisation.id,
        benutzerId: controlling.benutzer.id,
        rolle: 'asd',
        organisationArt: 'jugendamt',
      },
      async (tx) => (await tx.execute(sql`select * from hw_kennzahlen_traeger(2026, array['x'])`)) as unknown,
    );
    expect((asd as { rows: unknown[] }).rows).toEqual([]);
    const asdBeschwerden = await t.db.withTx(
      {
        organisationId: controlling.organisation.id,
        benutzerId: controlling.benutzer.id,
        rolle: 'asd',
        organisationArt: 'jugendamt',
      },
      async (tx) => (await tx.execute(sql`select * from hw_kennzahlen_traeger_beschwerden(2026)`)) as unknown,
    );
    expect((asdBeschwerden as { rows: unknown[] }).rows).toEqual([]);
  });

  it('every other role: 403', async () => {
    for (const email of [
      'leitung@kiju.demo',
      'admin@kiju.demo',
      'verwaltung@kiju.demo',
      'asd@jugendamt-bremerhaven.demo',
      'wjh@jugendamt-bremerhaven.demo',
      'iefk@kiju.demo',
    ]) {
      const s = await t.als(email);
      expect((await s.get('/api/kennzahlen/traeger?jahr=2026')).statusCode, email).toBe(403);
    }
  });

  it('a bad year: 422 with a German message', async () => {
    for (const jahr of ['abc', '1999', '2026.5', '']) {
      const res = await controlling.get(`/api/kennzahlen/traeger?jahr=${jahr}`);
      expect(res.statusCode, jahr).toBe(422);
      expect(res.body).toMatch(/Jahr/);
    }
    const format = await controlling.get('/api/kennzahlen/traeger/export?jahr=2026&format=pdf');
    expect(format.statusCode).toBe(422);
    expect(format.body).toMatch(/Format ist csv oder xlsx/);
  });

  it('exports the same table as CSV and XLSX, suppressed figures as "< 3"', async () => {
    const tabelle = (await controlling.get('/api/kennzahlen/traeger?jahr=2026')).json();
    const csv = await controlling.get('/api/kennzahlen/traeger/export?jahr=2026&format=csv');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const zeilen = csv.body.split('\r\n');
    expect(zeilen[0]).toMatch(/^\uFEFFTräger;Hilfen im Jahr;Aufnahmen/);
    for (const z of tabelle.traeger) expect(csv.body).toContain(z.name);
    expect(csv.body).toContain('Alle Träger');
    expect(tabelle.traeger.some((z: { unterdrueckt: boolean }) => z.unterdrueckt)).toBe(true);
    expect(csv.body).toContain('< 3');
    // A hidden mean or median of days names what is missing (Hilfen), as the page does, not "< 3" days.
    const spalten = zeilen[0].replace('\uFEFF', '').split(';');
    const mittel = spalten.indexOf('Verweildauer Mittel (Tage)');
    const versteckt = tabelle.traeger.findIndex((z: { unterdrueckteFelder: string[] }) =>
      z.unterdrueckteFelder.some((f) => f.startsWith('verweildauer')),
    );
    expect(versteckt, 'eine Zeile mit verborgener Verweildauer').toBeGreaterThanOrEqual(0);
    expect(zeilen[versteckt + 1].split(';')[mittel]).toBe('< 3 Hilfen');
    const xlsx = await controlling.get('/api/kennzahlen/traeger/export?jahr=2026&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const mappe = new ExcelJS.Workbook();
    await mappe.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const blatt = mappe.worksheets[0];
    expect(blatt.getCell('A3').value).toBe('Träger');
    expect(blatt.getCell('A4').value).toBe(tabelle.traeger[0].name);
  });
});
