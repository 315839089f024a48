import { bereitschaft, mitarbeiter } from '@hilfewerk/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../dokumente/test-hilfen/pdf-text.ts';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

/**
 * The on-call rota: the month's plan and its PDF for the fire brigade, planning without overlaps, and who
 * may not. The demo has weekly shifts (Monday 08:00 to Monday 08:00) from 26.10.2026 for ten weeks.
 */
let t: TestApp;
let leitung: TestSitzung;

beforeAll(async () => {
  t = await testApp();
  leitung = await t.als('leitung@kiju.demo');
});
afterAll(() => t.close());

async function anzahl() {
  const [z] = await t.db.withSystemTx((tx) => tx.select({ n: count() }).from(bereitschaft));
  return Number(z.n);
}

async function person(name: string) {
  const [p] = await t.db.withSystemTx((tx) =>
    tx.select({ id: mitarbeiter.id }).from(mitarbeiter).where(eq(mitarbeiter.name, name)),
  );
  return p.id;
}

describe('Bereitschaftsdienstplan', () => {
  it('lists the shifts touching November, from the one that began on 26.10.', async () => {
    const res = await leitung.get('/api/bereitschaft/2026-11');
    expect(res.statusCode).toBe(200);
    const dienste = res.json() as { name: string; von: string; bis: string; telefon: string }[];
    expect(dienste).toHaveLength(6);
    expect(dienste[0]).toMatchObject({ von: '2026-10-26T07:00:00.000Z', bis: '2026-11-02T07:00:00.000Z' });
    expect(new Set(dienste.map((d) => d.name))).toEqual(
      new Set(['Finn Fachmann', 'Lea Leitner', 'Sami Helfer']),
    );
  });

  it('prints the month as a real PDF with times in German, names and numbers', async () => {
    const res = await leitung.get('/api/bereitschaft/2026-11/pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('Bereitschaftsdienst-2026-11.pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Bereitschaftsdienstplan November 2026');
    expect(text).toContain('KIJU Wuppertal');
    expect(text).toContain('Mo., 02.11.2026, 08:00 Uhr');
    expect(text).toContain('Finn Fachmann');
    expect(text).toMatch(/0170 555 0\d{3}/);
  });

  it('prints an empty month as a PDF that says so', async () => {
    const text = pdfText((await leitung.get('/api/bereitschaft/2025-03/pdf')).rawPayload);
    expect(text).toContain('kein Bereitschaftsdienst eingetragen');
  });

  it('is for Leitung only (403), needs a session (401), and a bad month is 404', async () => {
    for (const email of ['admin@kiju.demo', 'fachkraft@kiju.demo', 'verwaltung@kiju.demo']) {
      const s = await t.als(email);
      expect((await s.get('/api/bereitschaft/2026-11')).statusCode, email).toBe(403);
      expect((await s.get('/api/bereitschaft/2026-11/pdf')).statusCode, email).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/bereitschaft/2026-11/pdf' })).statusCode).toBe(
      401,
    );
    expect((await leitung.get('/api/bereitschaft/2026-13/pdf')).statusCode).toBe(404);
  });

  it('shows each organisation only its own shifts', async () => {
    const tbh = (
      await (await t.als('leitung@traeger-bremerhaven.demo')).get('/api/bereitschaft/2026-11')
    ).json();
    expect(new Set(tbh.map((d: { name: string }) => d.name))).toEqual(
      new Set(['Frieda Fischer', 'Lars Lotse']),
    );
  });
});

describe('Dienste planen', () => {
  it('plans a shift, then refuses an overlapping one naming who is on call (422, nothing stored)', async () => {
    const finn = await person('Finn Fachmann');
    const neu = await leitung.post('/api/bereitschaft/dienste', {
      mitarbeiterId: finn,
      von: '2027-02-01T18:00:00+01:00',
      bis: '2027-02-02T08:00:00+01:00',
      telefon: '0170 555 9999',
    });
    expect(neu.statusCode).toBe(201);
    expect(neu.json()).toMatchObject({ name: 'Finn Fachmann', von: '2027-02-01T17:00:00.000Z' });
    const vorher = await anzahl();
    const doppelt = await leitung.post('/api/bereitschaft/dienste', {
      mitarbeiterId: await person('Lea Leitner'),
      von: '2027-02-02T07:00:00+01:00',
      bis: '2027-02-02T20:00:00+01:00',
      telefon: '0170 555 8888',
    });
    expect(doppelt.statusCode).toBe(422);
    expect(doppelt.json().felder.von).toBe(
      'Überschneidet sich mit dem Dienst von Finn Fachmann (01.02.2027, 18:00 bis 02.02.2027, 08:00 Uhr).',
    );
    expect(await anzahl()).toBe(vorher);
    // Back to back is no overlap.
    const danach = await leitung.post('/api/bereitschaft/dienste', {
      mitarbeiterId: finn,
      von: '2027-02-02T08:00:00+01:00',
      bis: '2027-02-02T18:00:00+01:00',
      telefon: '0170 555 9999',
    });
    expect(danach.statusCode).toBe(201);
  });

  it('refuses an end before the start, over 7 days, a bad time, a foreign person — German 422, nothing stored', async () => {
    const finn = await person('Finn Fachmann');
    const basis = {
      mitarbeiterId: finn,
      von: '2027-03-01T08:00:00+01:00',
      bis: '2027-03-02T08:00:00+01:00',
      telefon: '0170 1',
    };
    const vorher = await anzahl();
    const faelle: [Record<string, unknown>, string, string][] = [
      [{ bis: '2027-03-01T07:00:00+01:00' }, 'bis', 'nicht nach dem Beginn'],
      [{ bis: '2027-03-09T08:00:00+01:00' }, 'bis', 'höchstens 7 Tage'],
      [{ von: 'morgen' }, 'von', 'als Zeitpunkt angeben'],
      [{ telefon: ' ' }, 'telefon', 'Telefonnummer'],
      [{ mitarbeiterId: await person('Lars Lotse') }, 'mitarbeiterId', 'nicht im Personalverzeichnis'],
    ];
    for (const [aenderung, feld, meldung] of faelle) {
      const res = await leitung.post('/api/bereitschaft/dienste', { ...basis, ...aenderung });
      expect(res.statusCode, feld).toBe(422);
      expect(res.json().felder[feld], feld).toContain(meldung);
    }
    const fachkraft = await t.als('fachkraft@kiju.demo');
    expect((await fachkraft.post('/api/bereitschaft/dienste', basis)).statusCode).toBe(403);
    expect(await anzahl()).toBe(vorher);
  });

  it('deletes an own shift (204), not another organisation’s (404) nor as another role (403)', async () => {
    const [fremd] = (
      await (await t.als('leitung@traeger-bremerhaven.demo')).get('/api/bereitschaft/2026-11')
    ).json();
    const vorher = await anzahl();
    expect((await leitung.del(`/api/bereitschaft/dienste/${fremd.id}`)).statusCode).toBe(404);
    const [eigen] = (await leitung.get('/api/bereitschaft/2026-12')).json();
    expect(
      (await (await t.als('admin@kiju.demo')).del(`/api/bereitschaft/dienste/${eigen.id}`)).statusCode,
    ).toBe(403);
    expect(await anzahl()).toBe(vorher);
    expect((await leitung.del(`/api/bereitschaft/dienste/${eigen.id}`)).statusCode).toBe(204);
    expect(await anzahl()).toBe(vorher - 1);
  });
});
