import { audit, benutzer, beschwerde } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

/**
 * Complaints Leitung enters by hand (from outside, a young person, staff), the responsible person, the
 * outcome with its day, and the yearly statistics. "Today" is 2026-11-25.
 */
let t: TestApp;
let leitung: TestSitzung;
let fachkraftId: string;
let fremderBenutzerId: string;

beforeAll(async () => {
  t = await testApp();
  leitung = await t.als('leitung@kiju.demo');
  const id = async (email: string) =>
    (
      await t.db.withSystemTx((tx) =>
        tx.select({ id: benutzer.id }).from(benutzer).where(eq(benutzer.email, email)),
      )
    )[0].id;
  fachkraftId = await id('fachkraft@kiju.demo');
  fremderBenutzerId = await id('leitung@traeger-bremerhaven.demo');
});
afterAll(() => t.close());

const alle = () => t.db.withSystemTx((tx) => tx.select().from(beschwerde).orderBy(beschwerde.id));
const zeile = async (id: string) =>
  (await t.db.withSystemTx((tx) => tx.select().from(beschwerde).where(eq(beschwerde.id, id))))[0];

async function erfasse(body: Record<string, unknown> = {}) {
  const res = await leitung.post('/api/beschwerden', {
    quelle: 'adressat',
    eingegangenAm: '2026-11-20',
    text: 'Die Hausaufgabenzeit ist zu kurz.',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Record<string, unknown> & { id: string };
}

describe('POST /api/beschwerden', () => {
  it('enters a complaint with its source, receipt day, due dates from that day and a responsible person', async () => {
    const b = await erfasse({
      quelle: 'mitarbeitende',
      eingegangenAm: '2026-11-10',
      kontakt: 'Durchwahl 12',
      verantwortlichId: fachkraftId,
    });
    expect(b).toMatchObject({
      quelle: 'mitarbeitende',
      status: 'eingegangen',
      eingegangenAm: '2026-11-10',
      bestaetigungFaellig: '2026-11-17',
      antwortFaellig: '2026-12-08',
      bestaetigungUeberfaellig: true,
      kontakt: 'Durchwahl 12',
      verantwortlichId: fachkraftId,
      verantwortlichName: expect.any(String),
    });
    expect(b.vorgangsnummer).toMatch(/^B-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const liste = (await leitung.get('/api/beschwerden')).json() as { id: string }[];
    expect(liste.find((x) => x.id === b.id)).toMatchObject({ verantwortlichId: fachkraftId });
  });

  it('audits the entry with the complaint text and contact masked', async () => {
    const b = await erfasse({ text: 'Geheimer Beschwerdetext 4711', kontakt: 'geheim@example.org' });
    const [z] = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressourceId, b.id), eq(audit.aktion, 'anlegen'))),
    );
    expect(z.details).toMatchObject({
      werte: { quelle: { alt: null, neu: 'adressat' }, text: { alt: null, neu: '••• (geändert)' } },
    });
    const roh = JSON.stringify(z);
    expect(roh).not.toContain('Geheimer Beschwerdetext');
    expect(roh).not.toContain('geheim@example.org');
  });

  it('refuses a future receipt, a bad source, an empty text and a foreign person (422), storing nothing', async () => {
    const vorher = await alle();
    const faelle: [Record<string, unknown>, string, string][] = [
      [{ eingegangenAm: '2026-11-26' }, 'eingegangenAm', 'nicht in der Zukunft'],
      [{ quelle: 'oeffentlich' }, 'quelle', 'Bitte wählen, von wem'],
      [{ quelle: 'intern' }, 'quelle', 'Bitte wählen, von wem'],
      [{ text: '  ' }, 'text', 'Bitte geben Sie die Beschwerde an.'],
      [{ eingegangenAm: '25.11.2026' }, 'eingegangenAm', 'JJJJ-MM-TT'],
      [{ verantwortlichId: fremderBenutzerId }, 'verantwortlichId', 'Person Ihrer Organisation'],
    ];
    for (const [aenderung, feld, meldung] of faelle) {
      const res = await leitung.post('/api/beschwerden', {
        quelle: 'extern',
        eingegangenAm: '2026-11-20',
        text: 'Text',
        ...aenderung,
      });
      expect(res.statusCode, JSON.stringify(aenderung)).toBe(422);
      expect(res.json().felder[feld]).toContain(meldung);
    }
    expect(await alle()).toEqual(vorher);
  });

  it('is refused to every other role (403)', async () => {
    const vorher = await alle();
    for (const email of ['admin@kiju.demo', 'fachkraft@kiju.demo', 'verwaltung@kiju.demo']) {
      const res = await (await t.als(email)).post('/api/beschwerden', {
        quelle: 'extern',
        eingegangenAm: '2026-11-20',
        text: 'Text',
      });
      expect(res.statusCode, email).toBe(403);
    }
    expect(await alle()).toEqual(vorher);
  });
});

describe('PUT /api/beschwerden/:id/verantwortlich', () => {
  it('names and clears the responsible person, audited', async () => {
    const b = await erfasse();
    const gesetzt = await leitung.put(`/api/beschwerden/${b.id}/verantwortlich`, {
      verantwortlichId: fachkraftId,
    });
    expect(gesetzt.statusCode).toBe(200);
    expect(gesetzt.json()).toMatchObject({
      verantwortlichId: fachkraftId,
      verantwortlichName: expect.any(String),
    });
    const leer = await leitung.put(`/api/beschwerden/${b.id}/verantwortlich`, { verantwortlichId: null });
    expect(leer.json()).toMatchObject({ verantwortlichId: null, verantwortlichName: null });
    const zeilen = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressourceId, b.id), eq(audit.aktion, 'aendern'))),
    );
    expect(zeilen).toHaveLength(2);
  });

  it('refuses a user of another organisation and a bad id (422), another role (403), changing nothing', async () => {
    const b = await erfasse();
    const vorher = await zeile(b.id);
    const fremd = await leitung.put(`/api/beschwerden/${b.id}/verantwortlich`, {
      verantwortlichId: fremderBenutzerId,
    });
    expect(fremd.statusCode).toBe(422);
    expect(fremd.json().felder.verantwortlichId).toContain('Person Ihrer Organisation');
    const kaputt = await leitung.put(`/api/beschwerden/${b.id}/verantwortlich`, { verantwortlichId: 'x' });
    expect(kaputt.statusCode).toBe(422);
    expect(kaputt.json().felder.verantwortlichId).toContain('verantwortliche Person');
    const fk = await (await t.als('fachkraft@kiju.demo')).put(`/api/beschwerden/${b.id}/verantwortlich`, {
      verantwortlichId: fachkraftId,
    });
    expect(fk.statusCode).toBe(403);
    expect(await zeile(b.id)).toEqual(vorher);
  });
});

describe('PUT /api/beschwerden/:id/abschluss', () => {
  it('records outcome and day, stamps the missing steps with that day, masks the outcome in the audit', async () => {
    const b = await erfasse({ eingegangenAm: '2026-11-02' });
    const res = await leitung.put(`/api/beschwerden/${b.id}/abschluss`, {
      ergebnis: 'Hausaufgabenzeit verlängert 9876',
      abgeschlossenAm: '2026-11-12',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'abgeschlossen',
      ergebnis: 'Hausaufgabenzeit verlängert 9876',
      bestaetigtAm: '2026-11-12',
      beantwortetAm: '2026-11-12',
      abgeschlossenAm: '2026-11-12',
      antwortUeberfaellig: false,
    });
    const zeilen = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressourceId, b.id), eq(audit.aktion, 'aendern'))),
    );
    expect(zeilen).toHaveLength(1);
    expect(zeilen[0].details).toMatchObject({
      felder: ['status', 'ergebnis', 'bestaetigtAm', 'beantwortetAm', 'abgeschlossenAm'],
      werte: { status: { alt: 'eingegangen', neu: 'abgeschlossen' }, ergebnis: { neu: '••• (geändert)' } },
    });
    expect(JSON.stringify(zeilen)).not.toContain('9876');
  });

  it('refuses a day before receipt or in the future, an empty outcome, a second close (422), changing nothing', async () => {
    const b = await erfasse({ eingegangenAm: '2026-11-20' });
    const vorher = await zeile(b.id);
    const faelle: [Record<string, unknown>, string, string][] = [
      [{ ergebnis: 'ok', abgeschlossenAm: '2026-11-19' }, 'abgeschlossenAm', 'nicht vor dem Eingang'],
      [{ ergebnis: 'ok', abgeschlossenAm: '2026-11-26' }, 'abgeschlossenAm', 'nicht in der Zukunft'],
      [{ ergebnis: ' ', abgeschlossenAm: '2026-11-21' }, 'ergebnis', 'was die Beschwerde ergeben hat'],
      [{ ergebnis: 'ok' }, 'abgeschlossenAm', 'JJJJ-MM-TT'],
    ];
    for (const [body, feld, meldung] of faelle) {
      const res = await leitung.put(`/api/beschwerden/${b.id}/abschluss`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      expect(res.json().felder[feld]).toContain(meldung);
    }
    expect(await zeile(b.id)).toEqual(vorher);
    await leitung.put(`/api/beschwerden/${b.id}/abschluss`, {
      ergebnis: 'ok',
      abgeschlossenAm: '2026-11-21',
    });
    const danach = await zeile(b.id);
    const nochmal = await leitung.put(`/api/beschwerden/${b.id}/abschluss`, {
      ergebnis: 'anders',
      abgeschlossenAm: '2026-11-22',
    });
    expect(nochmal.statusCode).toBe(422);
    expect(nochmal.json().felder.status).toContain('schon abgeschlossen');
    expect(await zeile(b.id)).toEqual(danach);
  });
});

describe('GET /api/beschwerden/statistik', () => {
  it('counts the year of another organisation’s Leitung separately: Bremerhaven sees only its own', async () => {
    const tbh = await t.als('leitung@traeger-bremerhaven.demo');
    const res = await tbh.get('/api/beschwerden/statistik?jahr=2026');
    expect(res.statusCode).toBe(200);
    const s = res.json();
    // The demo: one complaint through the form on 18.11.2026, acknowledgement due 25.11. (not yet past).
    expect(s).toMatchObject({
      jahr: 2026,
      nachMonat: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, expect.any(Number), 0],
      anteilBeantwortetInFrist: null,
    });
    expect(s.nachQuelle.oeffentlich).toBeGreaterThanOrEqual(1);
    expect(s.anzahl).toBe(s.nachMonat.reduce((a: number, n: number) => a + n, 0));
    expect((await tbh.get('/api/beschwerden/statistik?jahr=2025')).json()).toMatchObject({ anzahl: 0 });
  });

  it('counts entered complaints by source and month', async () => {
    const vorher = (await leitung.get('/api/beschwerden/statistik?jahr=2026')).json();
    await erfasse({ quelle: 'extern', eingegangenAm: '2026-03-05' });
    const nachher = (await leitung.get('/api/beschwerden/statistik?jahr=2026')).json();
    expect(nachher.anzahl).toBe(vorher.anzahl + 1);
    expect(nachher.nachQuelle.extern).toBe(vorher.nachQuelle.extern + 1);
    expect(nachher.nachMonat[2]).toBe(vorher.nachMonat[2] + 1);
  });

  it('refuses a missing or odd year (422) and other roles (403)', async () => {
    for (const q of ['', '?jahr=abc', '?jahr=1999', '?jahr=2026.5']) {
      const res = await leitung.get(`/api/beschwerden/statistik${q}`);
      expect(res.statusCode, q).toBe(422);
      expect(res.json().felder.jahr).toContain('Jahr');
    }
    const fk = await (await t.als('fachkraft@kiju.demo')).get('/api/beschwerden/statistik?jahr=2026');
    expect(fk.statusCode).toBe(403);
  });
});
