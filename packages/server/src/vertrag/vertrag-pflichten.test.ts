import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from '../test/test-app.ts';

/**
 * Contract "Organisation duties": the calls as the contract writes them, with the fields it names. Already
 * asserted exactly elsewhere: the 429 after 10 complaints per address and hour, honeypot, bad input and the
 * due dates (routes/beschwerden/beschwerden.test.ts); the staffing figures per Leistung and month
 * (routes/personal/personal.test.ts); the rota PDF's text, 401/403 (routes/bereitschaft/bereitschaft.test.ts).
 */
let t: TestApp;
let leitung: TestSitzung;

beforeAll(async () => {
  t = await testApp();
  leitung = await t.als('leitung@traeger-bremerhaven.demo');
});
afterAll(() => t.close());

const oeffentlich = (body: unknown, ip: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/beschwerden/oeffentlich',
    payload: body as object,
    remoteAddress: ip,
  });

describe('POST /api/beschwerden/oeffentlich (no session)', () => {
  it('{ organisation, text, kontakt? } → 201 { vorgangsnummer }; anonymous too', async () => {
    const mit = await oeffentlich(
      { organisation: 'traeger-bremerhaven', text: 'Mein Betreuer kommt nie pünktlich.', kontakt: 'a@b.de' },
      '203.0.113.10',
    );
    expect(mit.statusCode, mit.body).toBe(201);
    expect(Object.keys(mit.json())).toEqual(['vorgangsnummer']);
    const anonym = await oeffentlich(
      { organisation: 'traeger-bremerhaven', text: 'Niemand hört zu.' },
      '203.0.113.10',
    );
    expect(anonym.statusCode).toBe(201);
    expect(typeof anonym.json().vorgangsnummer).toBe('string');
  });

  it('more than 10 from one address per hour → 429', async () => {
    const ip = '203.0.113.20';
    for (let i = 1; i <= 10; i++) {
      expect(
        (await oeffentlich({ organisation: 'traeger-bremerhaven', text: `Nr. ${i}` }, ip)).statusCode,
      ).toBe(201);
    }
    expect((await oeffentlich({ organisation: 'traeger-bremerhaven', text: 'Nr. 11' }, ip)).statusCode).toBe(
      429,
    );
  });

  it('GET /api/beschwerden (Leitung) lists them with status and due dates', async () => {
    const res = await leitung.get('/api/beschwerden');
    expect(res.statusCode).toBe(200);
    const liste = res.json() as Record<string, unknown>[];
    expect(liste.length).toBeGreaterThanOrEqual(12);
    for (const b of liste) {
      expect(typeof b.status).toBe('string');
      expect(b.bestaetigungFaellig).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(b.antwortFaellig).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('GET /api/personal/besetzung?monat=YYYY-MM (Leitung)', () => {
  it('per Leistung { leistung, sollVk, istVk, schluessel, erfuellt }', async () => {
    const res = await leitung.get('/api/personal/besetzung?monat=2026-11');
    expect(res.statusCode).toBe(200);
    const liste = res.json() as Record<string, unknown>[];
    expect(liste.map((z) => z.leistung).sort()).toEqual(['bremerhaven-ambulant', 'lt11-nachbetreuung']);
    for (const z of liste) {
      expect(typeof z.leistung).toBe('string');
      expect(typeof z.sollVk).toBe('number');
      expect(typeof z.istVk).toBe('number');
      expect(typeof z.schluessel).toBe('string');
      expect(typeof z.erfuellt).toBe('boolean');
    }
  });
});

describe('GET /api/bereitschaft/YYYY-MM/pdf (Leitung)', () => {
  it('→ the month’s on-call rota as PDF', async () => {
    const res = await (await t.als('leitung@kiju.demo')).get('/api/bereitschaft/2026-11/pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
