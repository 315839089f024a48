import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from '../test/test-app.ts';

/**
 * Contract "Key figures": the shapes exactly as written. The values against the definitions are asserted in
 * routes/kennzahlen/kennzahlen.test.ts, the PDF's content in jahresbericht.test.ts, the suppression rule
 * (secondary suppression, only own providers, database functions) in kennzahlen-traeger.test.ts and
 * packages/rules/src/kennzahlen/unterdrueckung.test.ts.
 */
let t: TestApp;
let controlling: TestSitzung;

beforeAll(async () => {
  t = await testApp();
  controlling = await t.als('controlling@jugendamt-bremerhaven.demo');
});
afterAll(() => t.close());

const istZahl = (w: unknown) => typeof w === 'number';
const istZahlOderNull = (w: unknown) => w === null || typeof w === 'number';

describe('GET /api/kennzahlen?jahr=YYYY (provider Leitung)', () => {
  it('{ aufnahmen, entlassungen, verweildauerTage: { mittel, median }, belegendeJugendaemter: [{ name, hilfen }], beschwerden }', async () => {
    const res = await (await t.als('leitung@kiju.demo')).get('/api/kennzahlen?jahr=2026');
    expect(res.statusCode).toBe(200);
    const k = res.json();
    expect(istZahl(k.aufnahmen)).toBe(true);
    expect(istZahl(k.entlassungen)).toBe(true);
    expect(istZahlOderNull(k.verweildauerTage.mittel)).toBe(true);
    expect(istZahlOderNull(k.verweildauerTage.median)).toBe(true);
    expect(k.belegendeJugendaemter.length).toBeGreaterThan(0);
    for (const j of k.belegendeJugendaemter) {
      expect(typeof j.name).toBe('string');
      expect(istZahl(j.hilfen)).toBe(true);
    }
    expect(istZahl(k.beschwerden)).toBe(true);
  });

  it('GET /api/kennzahlen/bericht?jahr=YYYY → the yearly report as PDF', async () => {
    const res = await (await t.als('leitung@kiju.demo')).get('/api/kennzahlen/bericht?jahr=2026');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/pdf/);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('GET /api/kennzahlen/traeger?jahr=YYYY (Fachcontrolling)', () => {
  it('per provider the same figures; a count of 1–2 is null with "unterdrueckt": true', async () => {
    const res = await controlling.get('/api/kennzahlen/traeger?jahr=2026');
    expect(res.statusCode).toBe(200);
    const zeilen = res.json().traeger as Record<string, unknown>[];
    expect(zeilen.length).toBeGreaterThan(0);
    for (const z of zeilen) {
      for (const f of ['aufnahmen', 'entlassungen', 'beschwerden']) {
        expect(istZahlOderNull(z[f]), f).toBe(true);
        expect(z[f] === 1 || z[f] === 2, f).toBe(false);
      }
      const v = z.verweildauerTage as { mittel: unknown; median: unknown };
      expect(istZahlOderNull(v.mittel) && istZahlOderNull(v.median)).toBe(true);
      for (const j of z.belegendeJugendaemter as { name: unknown; hilfen: unknown }[]) {
        expect(typeof j.name).toBe('string');
        expect(istZahlOderNull(j.hilfen)).toBe(true);
      }
      expect(typeof z.unterdrueckt).toBe('boolean');
    }
    // The demo's single discharge of 2026 at the Bremerhaven provider: null, marked suppressed.
    expect(zeilen.find((z) => z.name === 'Träger Bremerhaven')).toMatchObject({
      entlassungen: null,
      unterdrueckt: true,
    });
  });
});
