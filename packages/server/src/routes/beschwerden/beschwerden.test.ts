import { audit, beschwerde } from '@hilfewerk/db';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

/**
 * Complaints: the public form without a session (bad input, unknown organisation, honeypot, flood),
 * the Leitung's list with its due dates, status changes with audit, and who may not.
 * "Today" is 2026-11-25 (HILFEWERK_HEUTE of the test run).
 */
let t: TestApp;
let leitung: TestSitzung;

beforeAll(async () => {
  t = await testApp();
  leitung = await t.als('leitung@kiju.demo');
});
afterAll(() => t.close());

let adresse = 0;
/** A fresh client address per test, so the throttle of one test does not reach into another. */
const neueAdresse = () => `198.51.100.${++adresse}`;

function oeffentlich(body: unknown, ip: string, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/beschwerden/oeffentlich',
    payload: body as object,
    remoteAddress: ip,
    headers,
  });
}

async function anzahl(): Promise<number> {
  const [{ n }] = await t.db.withSystemTx((tx) => tx.select({ n: count() }).from(beschwerde));
  return Number(n);
}

describe('POST /api/beschwerden/oeffentlich', () => {
  it('takes an anonymous complaint without session or CSRF token; Leitung sees it with its due dates', async () => {
    const res = await oeffentlich(
      { organisation: 'kiju-wuppertal', text: 'Ich werde in der WG nicht ernst genommen.' },
      neueAdresse(),
    );
    expect(res.statusCode).toBe(201);
    const { vorgangsnummer } = res.json();
    expect(vorgangsnummer).toMatch(/^B-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const liste = (await leitung.get('/api/beschwerden')).json() as Record<string, unknown>[];
    expect(liste.find((b) => b.vorgangsnummer === vorgangsnummer)).toMatchObject({
      quelle: 'oeffentlich',
      status: 'eingegangen',
      kontakt: null,
      eingegangenAm: '2026-11-25',
      bestaetigungFaellig: '2026-12-02',
      antwortFaellig: '2026-12-23',
      bestaetigungUeberfaellig: false,
    });
  });

  it('keeps scripts and links as plain text, and accepts the kennung in any case', async () => {
    const text = '<script>alert(1)</script> siehe https://example.org';
    const res = await oeffentlich(
      { organisation: 'KIJU-Wuppertal', text, kontakt: 'mail@example.org' },
      neueAdresse(),
    );
    expect(res.statusCode).toBe(201);
    const liste = (await leitung.get('/api/beschwerden')).json() as Record<string, unknown>[];
    expect(liste.find((b) => b.vorgangsnummer === res.json().vorgangsnummer)).toMatchObject({
      text,
      kontakt: 'mail@example.org',
    });
  });

  it('refuses empty, oversized or missing input with a German 422 and stores nothing', async () => {
    const vorher = await anzahl();
    const faelle: [unknown, string, string][] = [
      [{ organisation: 'kiju-wuppertal', text: '   ' }, 'text', 'Bitte schreiben Sie Ihre Beschwerde auf.'],
      [{ organisation: 'kiju-wuppertal' }, 'text', 'Bitte schreiben Sie Ihre Beschwerde auf.'],
      [{ organisation: 'kiju-wuppertal', text: 'x'.repeat(5001) }, 'text', 'höchstens 5000 Zeichen'],
      [{ organisation: 'kiju-wuppertal', text: 'ok', kontakt: 'k'.repeat(201) }, 'kontakt', 'Höchstens 200'],
      [{ text: 'ok' }, 'organisation', 'Die Organisation fehlt.'],
      [{ organisation: '../etc', text: 'ok' }, 'organisation', 'Die Organisation ist unbekannt.'],
    ];
    for (const [body, feld, meldung] of faelle) {
      const res = await oeffentlich(body, neueAdresse());
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(res.json().felder[feld]).toContain(meldung);
    }
    expect(await anzahl()).toBe(vorher);
  });

  it('answers 404 for an unknown organisation and 415 for a form post, storing nothing', async () => {
    const vorher = await anzahl();
    const unbekannt = await oeffentlich({ organisation: 'gibt-es-nicht', text: 'Hallo' }, neueAdresse());
    expect(unbekannt.statusCode).toBe(404);
    expect(unbekannt.json().fehler).toBe('Die Organisation wurde nicht gefunden.');
    // What a foreign page can send without a CORS preflight: not JSON, so refused.
    const formular = await t.app.inject({
      method: 'POST',
      url: '/api/beschwerden/oeffentlich',
      payload: 'organisation=kiju-wuppertal&text=Hallo',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      remoteAddress: neueAdresse(),
    });
    expect(formular.statusCode).toBe(415);
    expect(await anzahl()).toBe(vorher);
  });

  it('answers a filled honeypot like a real complaint but stores nothing', async () => {
    const vorher = await anzahl();
    const res = await oeffentlich(
      { organisation: 'kiju-wuppertal', text: 'Kaufen Sie jetzt!', webseite: 'https://spam.example' },
      neueAdresse(),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().vorgangsnummer).toMatch(/^B-/);
    expect(await anzahl()).toBe(vorher);
  });

  it('takes 10 per address and hour, refuses the 11th with 429 (unknown kennungen count too)', async () => {
    const ip = neueAdresse();
    expect((await oeffentlich({ organisation: 'gibt-es-nicht', text: 'x' }, ip)).statusCode).toBe(404);
    for (let i = 0; i < 9; i++) {
      const res = await oeffentlich({ organisation: 'traeger-bremerhaven', text: `Nr. ${i}` }, ip);
      expect(res.statusCode).toBe(201);
    }
    const vorher = await anzahl();
    const zuViel = await oeffentlich({ organisation: 'traeger-bremerhaven', text: 'Nr. 11' }, ip);
    expect(zuViel.statusCode).toBe(429);
    expect(zuViel.json().fehler).toContain('in einer Stunde noch einmal');
    expect(zuViel.headers['retry-after']).toBe('3600');
    expect(await anzahl()).toBe(vorher);
    // Another address is not affected.
    const andere = await oeffentlich({ organisation: 'traeger-bremerhaven', text: 'Nr. 12' }, neueAdresse());
    expect(andere.statusCode).toBe(201);
  });
});

describe('GET /api/beschwerden', () => {
  it('is for Leitung only: 401 without session, 403 for every other role', async () => {
    const ohne = await t.app.inject({ method: 'GET', url: '/api/beschwerden' });
    expect(ohne.statusCode).toBe(401);
    for (const email of [
      'admin@kiju.demo',
      'fachkraft@kiju.demo',
      'verwaltung@kiju.demo',
      'semiprofessionell@kiju.demo',
      'asd@jugendamt-bremerhaven.demo',
    ]) {
      expect((await (await t.als(email)).get('/api/beschwerden')).statusCode, email).toBe(403);
    }
  });

  it('shows each organisation only its own complaints and audits the reading', async () => {
    const tbh = await t.als('leitung@traeger-bremerhaven.demo');
    const eigene = (await tbh.get('/api/beschwerden')).json() as { vorgangsnummer: string }[];
    const kiju = (await leitung.get('/api/beschwerden')).json() as { vorgangsnummer: string }[];
    expect(eigene.map((b) => b.vorgangsnummer)).toContain('B-M2NA-6CVE');
    const kijuNummern = new Set(kiju.map((b) => b.vorgangsnummer));
    expect(eigene.some((b) => kijuNummern.has(b.vorgangsnummer))).toBe(false);
    const gelesen = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressource, 'beschwerde'), eq(audit.aktion, 'lesen'))),
    );
    expect(gelesen.length).toBeGreaterThanOrEqual(2);
  });

  it('marks the demo complaint whose answer is overdue', async () => {
    const liste = (await leitung.get('/api/beschwerden')).json() as Record<string, unknown>[];
    expect(liste.find((b) => b.vorgangsnummer === 'B-P4RW-8HZ2')).toMatchObject({
      status: 'in_bearbeitung',
      antwortFaellig: '2026-11-17',
      antwortUeberfaellig: true,
      bestaetigungUeberfaellig: false,
    });
  });
});

describe('PATCH /api/beschwerden/:id', () => {
  async function neue(): Promise<string> {
    const res = await oeffentlich({ organisation: 'kiju-wuppertal', text: 'Bitte melden.' }, neueAdresse());
    const liste = (await leitung.get('/api/beschwerden')).json() as { id: string; vorgangsnummer: string }[];
    const b = liste.find((x) => x.vorgangsnummer === res.json().vorgangsnummer);
    if (!b) throw new Error('Beschwerde fehlt');
    return b.id;
  }

  async function zeile(id: string) {
    const [z] = await t.db.withSystemTx((tx) => tx.select().from(beschwerde).where(eq(beschwerde.id, id)));
    return z;
  }

  it('moves forward with dates and an audit row per change (field names only)', async () => {
    const id = await neue();
    const a = await leitung.patch(`/api/beschwerden/${id}`, { status: 'in_bearbeitung' });
    expect(a.statusCode).toBe(200);
    expect(a.json()).toMatchObject({ status: 'in_bearbeitung', bestaetigtAm: '2026-11-25' });
    const b = await leitung.patch(`/api/beschwerden/${id}`, {
      status: 'beantwortet',
      ergebnis: 'Gespräch geführt, Termine fest vereinbart.',
    });
    expect(b.json()).toMatchObject({ status: 'beantwortet', beantwortetAm: '2026-11-25' });
    const c = await leitung.patch(`/api/beschwerden/${id}`, { status: 'abgeschlossen' });
    expect(c.json()).toMatchObject({ status: 'abgeschlossen', abgeschlossenAm: '2026-11-25' });
    const zeilen = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressourceId, id), eq(audit.aktion, 'aendern')))
        .orderBy(audit.zeitpunkt),
    );
    expect(zeilen.map((z) => z.details)).toEqual([
      { felder: ['status'] },
      { felder: ['status', 'ergebnis'] },
      { felder: ['status'] },
    ]);
    expect(JSON.stringify(zeilen)).not.toContain('Termine fest');
  });

  it('refuses going back, an answer without outcome and an unknown status (422), changing nothing', async () => {
    const id = await neue();
    await leitung.patch(`/api/beschwerden/${id}`, { status: 'in_bearbeitung' });
    const vorher = await zeile(id);
    const zurueck = await leitung.patch(`/api/beschwerden/${id}`, { status: 'eingegangen' });
    expect(zurueck.statusCode).toBe(422);
    expect(zurueck.json().felder.status).toContain('nur vorwärts');
    const ohne = await leitung.patch(`/api/beschwerden/${id}`, { status: 'beantwortet', ergebnis: ' ' });
    expect(ohne.statusCode).toBe(422);
    expect(ohne.json().felder.ergebnis).toContain('was die Beschwerde ergeben hat');
    const falsch = await leitung.patch(`/api/beschwerden/${id}`, { status: 'erledigt' });
    expect(falsch.statusCode).toBe(422);
    expect(falsch.json().felder.status).toContain('Bitte einen Status wählen');
    expect(await zeile(id)).toEqual(vorher);
  });

  it('is refused to other roles (403) and to another organisation’s Leitung (404)', async () => {
    const id = await neue();
    const vorher = await zeile(id);
    for (const email of ['admin@kiju.demo', 'fachkraft@kiju.demo', 'verwaltung@kiju.demo']) {
      const res = await (await t.als(email)).patch(`/api/beschwerden/${id}`, { status: 'in_bearbeitung' });
      expect(res.statusCode, email).toBe(403);
    }
    const fremd = await (await t.als('leitung@traeger-bremerhaven.demo')).patch(`/api/beschwerden/${id}`, {
      status: 'in_bearbeitung',
    });
    expect(fremd.statusCode).toBe(404);
    expect(await zeile(id)).toEqual(vorher);
  });
});
