import { abwesenheit, audit, bereitschaft } from '@hilfewerk/db';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

/**
 * Absences with stand-in (demo, 25.11.2026): Sami Helfer (KIJU) is sick from 23.11. to 02.12. with nobody
 * named, so the two open cases of his team stand without a responsible person; his on-call week from
 * 30.11. is marked on the rota. Finn Fachmann's December leave is covered by Lea Leitner.
 */
let t: TestApp;
let leitung: TestSitzung;
const ids = new Map<string, string>();

beforeAll(async () => {
  t = await testApp();
  leitung = await t.als('leitung@kiju.demo');
  for (const p of (await leitung.get('/api/personal')).json() as { id: string; name: string }[])
    ids.set(p.name, p.id);
});
afterAll(() => t.close());

const id = (name: string) => ids.get(name) as string;
const zaehle = () =>
  t.db.withSystemTx(async (tx) => (await tx.select({ n: count() }).from(abwesenheit))[0].n);

describe('GET /api/personal/abwesenheiten', () => {
  it('lists the cases standing without a responsible person, and none where a stand-in is named', async () => {
    const liste = (await leitung.get('/api/personal/abwesenheiten')).json() as Record<string, unknown>[];
    expect(liste.map((a) => [a.name, a.art, a.von, a.bis, a.vertretungName])).toEqual([
      ['Sami Helfer', 'krankheit', '2026-11-23', '2026-12-02', null],
      ['Finn Fachmann', 'urlaub', '2026-12-14', '2026-12-23', 'Lea Leitner'],
    ]);
    expect(liste[0]).toMatchObject({
      faelle: 2,
      faelleOhneVertretung: [{ aktenzeichen: 'KIJU-2026-001' }, { aktenzeichen: 'KIJU-2026-002' }],
    });
    expect(liste[1]).toMatchObject({ faelle: 3, faelleOhneVertretung: [] });
  });

  it('the rota marks the on-call week of the sick colleague', async () => {
    const dienste = (await leitung.get('/api/bereitschaft/2026-11')).json() as Record<string, unknown>[];
    const sami = dienste.find((d) => d.name === 'Sami Helfer' && String(d.von).startsWith('2026-11-30'));
    expect(sami?.abwesenheit).toBe('Krankheit 23.11.2026–02.12.2026');
    expect(dienste.filter((d) => d.abwesenheit !== null)).toHaveLength(1);
  });
});

describe('POST /api/personal/:id/abwesenheiten', () => {
  it('records leave with a stand-in; a stand-in away at the same time leaves the cases uncovered', async () => {
    const res = await leitung.post(`/api/personal/${id('Lea Leitner')}/abwesenheiten`, {
      art: 'urlaub',
      von: '2026-12-21',
      bis: '2026-12-30',
      vertretungId: id('Finn Fachmann'),
    });
    expect(res.statusCode).toBe(201);
    // Lea has no login on a case team, so nothing is uncovered for her; Finn's own leave now lacks cover.
    expect(res.json()).toMatchObject({ name: 'Lea Leitner', vertretungName: 'Finn Fachmann', faelle: 0 });
    const finn = (
      (await leitung.get('/api/personal/abwesenheiten')).json() as Record<string, unknown>[]
    ).find((a) => a.name === 'Finn Fachmann');
    expect(finn?.faelleOhneVertretung).toHaveLength(3);
    const [zeile] = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressource, 'abwesenheit'), eq(audit.ressourceId, res.json().id))),
    );
    expect(zeile.details).toEqual({ mitarbeiterId: id('Lea Leitner') });
  });

  it('refuses bad input with German messages (422) and stores nothing', async () => {
    const vorher = await zaehle();
    const faelle: [string, Record<string, unknown>, string, string][] = [
      ['Finn Fachmann', { art: 'urlaub', von: '2027-01-10', bis: '2027-01-05' }, 'bis', 'vor dem Beginn'],
      ['Finn Fachmann', { art: 'kur', von: '2027-01-04', bis: '2027-01-05' }, 'art', 'Bitte die Art wählen'],
      [
        'Finn Fachmann',
        { art: 'urlaub', von: '2026-12-20', bis: '2026-12-28' },
        'von',
        'bereits eine Abwesenheit',
      ],
      ['Finn Fachmann', { art: 'urlaub', von: '2020-01-01', bis: '2020-01-02' }, 'von', 'nicht beschäftigt'],
      [
        'Finn Fachmann',
        { art: 'urlaub', von: '2027-02-01', bis: '2027-02-02', vertretungId: id('Finn Fachmann') },
        'vertretungId',
        'vertritt sich selbst',
      ],
      ['Finn Fachmann', { art: 'urlaub', von: '31.01.2027', bis: '2027-02-02' }, 'von', 'JJJJ-MM-TT'],
    ];
    for (const [name, body, feld, meldung] of faelle) {
      const res = await leitung.post(`/api/personal/${id(name)}/abwesenheiten`, body);
      expect(res.statusCode, feld).toBe(422);
      expect(res.json().felder[feld], feld).toContain(meldung);
    }
    expect(await zaehle()).toBe(vorher);
  });

  it('a shift for someone away is refused (422), nothing planned', async () => {
    const vorher = await t.db.withSystemTx(
      async (tx) => (await tx.select({ n: count() }).from(bereitschaft))[0].n,
    );
    const res = await leitung.post('/api/bereitschaft/dienste', {
      mitarbeiterId: id('Finn Fachmann'),
      von: '2026-12-23T20:00:00+01:00',
      bis: '2026-12-24T08:00:00+01:00',
      telefon: '0170 1',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().felder.mitarbeiterId).toBe(
      'Die Person ist in dieser Zeit abwesend (Urlaub 14.12.2026–23.12.2026).',
    );
    expect(
      await t.db.withSystemTx(async (tx) => (await tx.select({ n: count() }).from(bereitschaft))[0].n),
    ).toBe(vorher);
  });

  it('is for Leitung and Administration; other roles 403, a foreign person 404, removal works', async () => {
    const vorher = await zaehle();
    const body = { art: 'krankheit', von: '2027-03-01', bis: '2027-03-02' };
    for (const email of ['fachkraft@kiju.demo', 'verwaltung@kiju.demo', 'semiprofessionell@kiju.demo']) {
      const s = await t.als(email);
      expect(
        (await s.post(`/api/personal/${id('Finn Fachmann')}/abwesenheiten`, body)).statusCode,
        email,
      ).toBe(403);
      expect((await s.get('/api/personal/abwesenheiten')).statusCode, email).toBe(403);
    }
    const tbh = await t.als('leitung@traeger-bremerhaven.demo');
    expect((await tbh.post(`/api/personal/${id('Finn Fachmann')}/abwesenheiten`, body)).statusCode).toBe(404);
    expect(await zaehle()).toBe(vorher);
    const admin = await t.als('admin@kiju.demo');
    const neu = await admin.post(`/api/personal/${id('Finn Fachmann')}/abwesenheiten`, body);
    expect(neu.statusCode).toBe(201);
    expect((await tbh.del(`/api/personal/abwesenheiten/${neu.json().id}`)).statusCode).toBe(404);
    expect((await admin.del(`/api/personal/abwesenheiten/${neu.json().id}`)).statusCode).toBe(204);
    expect(await zaehle()).toBe(vorher);
  });
});
