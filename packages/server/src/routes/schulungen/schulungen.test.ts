import { audit, mitarbeiter, mitarbeiterSchulung } from '@hilfewerk/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

/** Trainings in the staff register: who is overdue for the yearly § 8a training, bad input, who may. */
let t: TestApp;
let leitung: TestSitzung;
let finn: string;
let lars: string;

beforeAll(async () => {
  t = await testApp();
  leitung = await t.als('leitung@kiju.demo');
  const id = (name: string) =>
    t.db.withSystemTx(
      async (tx) => (await tx.select().from(mitarbeiter).where(eq(mitarbeiter.name, name)))[0].id,
    );
  finn = await id('Finn Fachmann');
  lars = await id('Lars Lotse');
});
afterAll(() => t.close());

async function zeilen() {
  return t.db.withSystemTx(async (tx) => ({
    schulungen: Number((await tx.select({ n: count() }).from(mitarbeiterSchulung))[0].n),
    audit: Number((await tx.select({ n: count() }).from(audit))[0].n),
  }));
}

describe('Jährliche Schulung nach § 8a', () => {
  it('zeigt, wer überfällig ist: die letzte Schulung ist älter als ein Jahr, oder es gab noch keine', async () => {
    const res = await leitung.get('/api/personal/schulungen');
    expect(res.statusCode).toBe(200);
    const liste = res.json() as {
      name: string;
      letzte8a: string | null;
      faelligAm: string;
      ueberfaellig: boolean;
    }[];
    expect(liste.find((p) => p.name === 'Finn Fachmann')).toMatchObject({
      letzte8a: '2025-10-20',
      faelligAm: '2026-10-20',
      ueberfaellig: true,
    });
    expect(liste.find((p) => p.name === 'Lea Leitner')).toMatchObject({
      faelligAm: '2027-03-12',
      ueberfaellig: false,
    });
    expect(liste.find((p) => p.name === 'Sami Helfer')).toMatchObject({ letzte8a: null, ueberfaellig: true });
    // Another organisation's staff is not in the list.
    expect(liste.map((p) => p.name)).not.toContain('Lars Lotse');
  });

  it('eine neue § 8a-Schulung schiebt die Fälligkeit um ein Jahr; das Festhalten steht im Protokoll', async () => {
    const vorher = await zeilen();
    const res = await leitung.post(`/api/personal/${finn}/schulungen`, {
      art: 'kinderschutz-8a',
      datum: '2026-11-20',
      anbieter: 'Kinderschutzbund Wuppertal',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      letzte8a: '2026-11-20',
      faelligAm: '2027-11-20',
      ueberfaellig: false,
    });
    expect(await zeilen()).toEqual({ schulungen: vorher.schulungen + 1, audit: vorher.audit + 1 });
  });

  it('eine sonstige Schulung zählt nicht für § 8a', async () => {
    const res = await leitung.post(`/api/personal/${finn}/schulungen`, {
      art: 'sonstige',
      titel: 'Erste Hilfe am Kind',
      datum: '2026-11-24',
      anbieter: 'DRK',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().letzte8a).toBe('2026-11-20');
  });

  it.each([
    ['Datum in der Zukunft', { art: 'kinderschutz-8a', datum: '2026-11-26', anbieter: 'X' }, 'datum'],
    ['ohne Anbieter', { art: 'kinderschutz-8a', datum: '2026-11-20', anbieter: ' ' }, 'anbieter'],
    ['sonstige ohne Thema', { art: 'sonstige', datum: '2026-11-20', anbieter: 'X' }, 'titel'],
    ['unbekannte Art', { art: 'yoga', datum: '2026-11-20', anbieter: 'X' }, 'art'],
  ])('%s → 422 am Feld, nichts geschrieben', async (_n, body, feld) => {
    const vorher = await zeilen();
    const res = await leitung.post(`/api/personal/${finn}/schulungen`, body);
    expect(res.statusCode).toBe(422);
    expect(Object.keys(res.json().felder)).toContain(feld);
    expect(await zeilen()).toEqual(vorher);
  });

  it('eine Person einer anderen Organisation → 404, nichts geschrieben', async () => {
    const vorher = await zeilen();
    const res = await leitung.post(`/api/personal/${lars}/schulungen`, {
      art: 'kinderschutz-8a',
      datum: '2026-11-20',
      anbieter: 'X',
    });
    expect(res.statusCode).toBe(404);
    expect(await zeilen()).toEqual(vorher);
  });

  it('Zeilen-Sicherheit: nur Leitung und Administration der eigenen Organisation sehen Schulungen', async () => {
    const lies = async (email: string) => {
      const s = await t.als(email);
      return t.db.withTx(
        {
          organisationId: s.organisation.id,
          benutzerId: s.benutzer.id,
          rolle: s.benutzer.rolle,
          organisationArt: s.organisation.art as 'traeger' | 'jugendamt',
        },
        (tx) => tx.select({ org: mitarbeiterSchulung.organisationId }).from(mitarbeiterSchulung),
      );
    };
    for (const email of ['leitung@kiju.demo', 'admin@kiju.demo']) {
      const z = await lies(email);
      expect(z.length).toBeGreaterThan(0);
      expect(new Set(z.map((r) => r.org))).toEqual(new Set([leitung.organisation.id]));
    }
    for (const email of ['fachkraft@kiju.demo', 'verwaltung@kiju.demo', 'semiprofessionell@kiju.demo'])
      expect(await lies(email), email).toEqual([]);
  });
});
