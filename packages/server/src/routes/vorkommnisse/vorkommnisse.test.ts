import { audit, ereignis, vorkommnis, vorkommnisPflicht } from '@hilfewerk/db';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../dokumente/test-hilfen/pdf-text.ts';
import { fallId, type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';
import { heute } from '../../use-cases/fristen/intern/heute.ts';

/**
 * Crises and besondere Vorkommnisse through the API: the duties each sets off with their due day, recording
 * them once, bad input (422 per field, nothing written), the § 47 report of a stationary D.8 place with its
 * PDF, other organisations (404) and the audit rows of every read.
 */
let t: TestApp;
let fachkraft: TestSitzung;
let leitung: TestSitzung;
let mukiFachkraft: TestSitzung;
let kiju: string;
let muki: string;
const HEUTE = heute(); // 2026-11-25, a Wednesday

beforeAll(async () => {
  t = await testApp();
  fachkraft = await t.als('fachkraft@kiju.demo');
  leitung = await t.als('leitung@kiju.demo');
  mukiFachkraft = await t.als('fachkraft@mukiberlin.demo');
  kiju = await fallId(t, 'KIJU-2026-001');
  muki = await fallId(t, 'MUKI-2026-003');
});
afterAll(() => t.close());

async function zeilen() {
  return t.db.withSystemTx(async (tx) => ({
    vorkommnisse: Number((await tx.select({ n: count() }).from(vorkommnis))[0].n),
    pflichten: Number((await tx.select({ n: count() }).from(vorkommnisPflicht))[0].n),
    audit: Number((await tx.select({ n: count() }).from(audit))[0].n),
    ereignisse: Number((await tx.select({ n: count() }).from(ereignis))[0].n),
  }));
}

describe('Krankenhausaufenthalt: Information der Sorgeberechtigten umgehend', () => {
  let id: string;
  it('legt die Pflicht fällig am selben Tag an, offen', async () => {
    const res = await fachkraft.post(`/api/faelle/${kiju}/vorkommnisse`, {
      art: 'krankenhaus',
      datum: HEUTE,
      beschreibung: 'Blinddarm-OP, stationär aufgenommen.',
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({ titel: 'Krankenhausaufenthalt', stationaer: false });
    expect(res.json().pflichten).toEqual([
      expect.objectContaining({
        art: 'sorgeberechtigte',
        frist: 'umgehend',
        faelligAm: HEUTE,
        status: 'offen',
      }),
    ]);
    const offen = (await leitung.get('/api/vorkommnisse/offen')).json();
    expect(offen).toContainEqual(
      expect.objectContaining({ vorkommnisId: id, art: 'sorgeberechtigte', aktenzeichen: 'KIJU-2026-001' }),
    );
    // The overview names the kind of event, never its description.
    expect(JSON.stringify(offen)).not.toContain('Blinddarm');
  });

  it('einmal festgehalten ist sie erledigt; ein zweites Mal → 409, nichts überschrieben', async () => {
    const res = await fachkraft.post(`/api/vorkommnisse/${id}/pflichten/sorgeberechtigte`, {
      datum: HEUTE,
      an: 'Mutter',
      weg: 'Telefon',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().pflichten[0]).toMatchObject({ status: 'erledigt', erledigtAm: HEUTE, an: 'Mutter' });
    const nochmal = await leitung.post(`/api/vorkommnisse/${id}/pflichten/sorgeberechtigte`, { grund: 'x' });
    expect(nochmal.statusCode).toBe(409);
    const offen = (await leitung.get('/api/vorkommnisse/offen')).json() as { vorkommnisId: string }[];
    expect(offen.map((o) => o.vorkommnisId)).not.toContain(id);
    const liste = (await leitung.get(`/api/faelle/${kiju}/vorkommnisse`)).json();
    expect(liste.find((v: { id: string }) => v.id === id).pflichten[0].an).toBe('Mutter');
  });

  it('eine Pflicht, die das Vorkommnis nicht kennt → 404', async () => {
    const res = await fachkraft.post(`/api/vorkommnisse/${id}/pflichten/aufsicht`, {
      datum: HEUTE,
      an: 'Aufsicht',
      weg: 'Fax',
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('Krise: sofortige Kontaktaufnahme zum Jugendamt und zu den Sorgeberechtigten', () => {
  it('hält den Kontakt zum Jugendamt gleich mit fest; die Sorgeberechtigten bleiben offen und dringend', async () => {
    const res = await fachkraft.post(`/api/faelle/${kiju}/vorkommnisse`, {
      art: 'krise',
      datum: '2026-11-24',
      beschreibung: 'Drohte, die Wohnung aufzugeben.',
      kontakte: [{ pflicht: 'jugendamt', datum: '2026-11-24', an: 'ASD Frau Weber', weg: 'Telefon' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json().pflichten;
    expect(p.map((x: { art: string; status: string }) => [x.art, x.status])).toEqual([
      ['jugendamt', 'erledigt'],
      ['sorgeberechtigte', 'ueberfaellig'],
    ]);
    const grund = await fachkraft.post(`/api/vorkommnisse/${res.json().id}/pflichten/sorgeberechtigte`, {
      grund: 'Die junge Frau ist volljährig; es gibt keine Sorgeberechtigten.',
    });
    expect(grund.statusCode, grund.body).toBe(200);
    expect(grund.json().pflichten[1]).toMatchObject({ status: 'unterblieben', erledigtAm: null });
  });
});

describe('Krise: das Ereignis „Krise“ im Verlauf und die Frist der Kriseninterventionsklärung folgen', () => {
  const krisenFristen = async () =>
    ((await fachkraft.get(`/api/faelle/${kiju}/fristen`)).json() as { regel: string; faellig: string }[])
      .filter((f) => f.regel === 'kriseninterventionsklaerung')
      .map((f) => f.faellig);
  const krisenAm = (datum: string) =>
    t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(ereignis)
        .where(and(eq(ereignis.fallId, kiju), eq(ereignis.art, 'krise'), eq(ereignis.datum, datum))),
    );

  it('Krise am Montag, 23.11.2026 → Frist fällig eine Woche später (30.11.2026), protokolliert', async () => {
    expect(await krisenFristen()).not.toContain('2026-11-30');
    const res = await fachkraft.post(`/api/faelle/${kiju}/vorkommnisse`, {
      art: 'krise',
      datum: '2026-11-23',
      beschreibung: 'Streit in der WG eskaliert, Polizei nicht gerufen.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await krisenFristen()).toContain('2026-11-30');
    const [e] = await krisenAm('2026-11-23');
    // The timeline is read more widely than the Vorkommnis: no description there.
    expect(e.notiz).not.toContain('Streit');
    const zeilen = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(
          and(eq(audit.ressource, 'ereignis'), eq(audit.ressourceId, e.id), eq(audit.aktion, 'anlegen')),
        ),
    );
    expect(zeilen).toHaveLength(1);
  });

  it('steht die Krise des Tages schon im Verlauf, wird sie nicht verdoppelt', async () => {
    const verlauf = await fachkraft.post(`/api/faelle/${kiju}/ereignisse`, {
      art: 'krise',
      datum: '2026-11-16',
    });
    expect(verlauf.statusCode, verlauf.body).toBe(201);
    const res = await leitung.post(`/api/faelle/${kiju}/vorkommnisse`, {
      art: 'krise',
      datum: '2026-11-16',
      beschreibung: 'Dieselbe Krise, jetzt als Vorkommnis.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await krisenAm('2026-11-16')).map((e) => e.id)).toEqual([verlauf.json().id]);
    expect((await krisenFristen()).filter((f) => f === '2026-11-23')).toHaveLength(1);
  });

  it('andere Vorkommnisse legen kein Ereignis an', async () => {
    const vorher = await zeilen();
    const res = await fachkraft.post(`/api/faelle/${kiju}/vorkommnisse`, {
      art: 'erkrankung',
      datum: HEUTE,
      beschreibung: 'Grippe.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await zeilen()).ereignisse).toBe(vorher.ereignisse);
  });
});

describe('Falsche Eingaben → 422, nichts geschrieben', () => {
  it.each([
    ['Datum in der Zukunft', { art: 'krise', datum: '2026-11-26', beschreibung: 'x' }, 'datum'],
    ['ohne Beschreibung', { art: 'krise', datum: HEUTE, beschreibung: ' ' }, 'beschreibung'],
    ['unbekannte Art', { art: 'sturm', datum: HEUTE, beschreibung: 'x' }, 'art'],
    [
      'Kontakt vor dem Vorkommnis',
      {
        art: 'krise',
        datum: HEUTE,
        beschreibung: 'x',
        kontakte: [{ pflicht: 'jugendamt', datum: '2026-11-24', an: 'ASD', weg: 'Telefon' }],
      },
      'kontakte.0.datum',
    ],
    [
      'Kontakt ohne wen und wie',
      { art: 'krise', datum: HEUTE, beschreibung: 'x', kontakte: [{ pflicht: 'jugendamt', datum: HEUTE }] },
      'kontakte.0.an',
    ],
    [
      'Pflicht, die nicht entsteht',
      {
        art: 'erkrankung',
        datum: HEUTE,
        beschreibung: 'x',
        kontakte: [{ pflicht: 'jugendamt', datum: HEUTE, an: 'ASD', weg: 'Telefon' }],
      },
      'kontakte.0.pflicht',
    ],
  ])('%s', async (_name, body, feld) => {
    const vorher = await zeilen();
    const res = await fachkraft.post(`/api/faelle/${kiju}/vorkommnisse`, body);
    expect(res.statusCode, res.body).toBe(422);
    expect(Object.keys(res.json().felder ?? {})).toContain(feld);
    expect(await zeilen()).toEqual(vorher);
  });
});

describe('§ 47 SGB VIII: stationärer Platz (Berlin D.8)', () => {
  let id: string;
  it('eine schwere Verletzung verlangt die Meldung an die Aufsichtsbehörde bis zum nächsten Arbeitstag', async () => {
    const res = await mukiFachkraft.post(`/api/faelle/${muki}/vorkommnisse`, {
      art: 'verletzung',
      datum: '2026-11-20',
      beschreibung: 'Sturz von der Treppe, Armbruch.',
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json().stationaer).toBe(true);
    expect(res.json().pflichten.find((p: { art: string }) => p.art === 'aufsicht')).toMatchObject({
      frist: 'unverzueglich',
      faelligAm: '2026-11-23',
      status: 'ueberfaellig',
    });
  });

  it('Meldung ohne Empfänger oder mit Datum vor dem Vorkommnis → 422 je Feld; ein Grund ersetzt sie nicht', async () => {
    const vorher = await zeilen();
    const ohne = await mukiFachkraft.post(`/api/vorkommnisse/${id}/pflichten/aufsicht`, {
      datum: '2026-11-19',
      weg: 'E-Mail',
    });
    expect(ohne.statusCode).toBe(422);
    expect(ohne.json().felder).toEqual({
      an: 'An welche Behörde ging die Meldung? Der Empfänger fehlt.',
      datum: 'Das Datum liegt vor dem Vorkommnis.',
    });
    const grund = await mukiFachkraft.post(`/api/vorkommnisse/${id}/pflichten/aufsicht`, {
      grund: 'nicht nötig',
    });
    expect(grund.statusCode).toBe(422);
    expect(grund.json().felder.grund).toContain('§ 47');
    const nachher = await zeilen();
    expect({ ...nachher, audit: vorher.audit }).toEqual(vorher);
  });

  it('als erledigt festgehalten (Datum, an wen) und als PDF; das Herunterladen steht im Protokoll', async () => {
    const res = await mukiFachkraft.post(`/api/vorkommnisse/${id}/pflichten/aufsicht`, {
      datum: '2026-11-23',
      an: 'Senatsverwaltung, Heimaufsicht',
      weg: 'E-Mail',
    });
    expect(res.statusCode, res.body).toBe(200);
    const pdf = await mukiFachkraft.get(`/api/vorkommnisse/${id}/meldung/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Meldung eines besonderen Vorkommnisses');
    expect(text).toContain('Senatsverwaltung, Heimaufsicht');
    expect(text).toContain('23.11.2026');
    expect(text).toContain('Sturz von der Treppe');
    const rows = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressourceId, id), eq(audit.aktion, 'exportieren'))),
    );
    expect(rows).toHaveLength(1);
  });

  it('eine andere Organisation erfährt nichts: 404 auf Vorkommnis, Pflicht, PDF und Fall', async () => {
    expect((await leitung.get(`/api/vorkommnisse/${id}/meldung/pdf`)).statusCode).toBe(404);
    expect(
      (await leitung.post(`/api/vorkommnisse/${id}/pflichten/sorgeberechtigte`, { grund: 'x' })).statusCode,
    ).toBe(404);
    expect((await leitung.get(`/api/faelle/${muki}/vorkommnisse`)).statusCode).toBe(404);
    const offen = (await leitung.get('/api/vorkommnisse/offen')).json() as { vorkommnisId: string }[];
    expect(offen.map((o) => o.vorkommnisId)).not.toContain(id);
  });
});

describe('Fallteam: eine Fachkraft außerhalb des Teams erfährt nichts', () => {
  it('404 auf Liste und Festhalten, nichts geschrieben; die Übersicht nennt das Vorkommnis nicht', async () => {
    const fremderFall = await fallId(t, 'KIJU-2025-014');
    const v = await leitung.post(`/api/faelle/${fremderFall}/vorkommnisse`, {
      art: 'krankenhaus',
      datum: HEUTE,
      beschreibung: 'Nur für das Team dieses Falls.',
    });
    expect(v.statusCode, v.body).toBe(201);
    expect((await fachkraft.get(`/api/faelle/${fremderFall}/vorkommnisse`)).statusCode).toBe(404);
    const vorher = await zeilen();
    const post = await fachkraft.post(`/api/faelle/${fremderFall}/vorkommnisse`, {
      art: 'krise',
      datum: HEUTE,
      beschreibung: 'x',
    });
    expect(post.statusCode).toBe(404);
    const nachher = await zeilen();
    expect({ ...nachher, audit: vorher.audit }).toEqual(vorher);
    const offen = (await fachkraft.get('/api/vorkommnisse/offen')).json() as { vorkommnisId: string }[];
    expect(offen.map((o) => o.vorkommnisId)).not.toContain(v.json().id);
  });
});

describe('Protokoll', () => {
  it('jedes Lesen der Vorkommnisse eines Falls schreibt eine Zeile, ohne Beschreibung', async () => {
    const vorher = await zeilen();
    await leitung.get(`/api/faelle/${kiju}/vorkommnisse`);
    await leitung.get('/api/vorkommnisse/offen');
    expect((await zeilen()).audit).toBe(vorher.audit + 2);
    const [zeile] = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressource, 'vorkommnis'), eq(audit.aktion, 'lesen')))
        .orderBy(audit.zeitpunkt)
        .limit(1),
    );
    expect(JSON.stringify(zeile.details)).not.toMatch(/Blinddarm|Drohte/);
  });
});

describe('Zeilen-Sicherheit (rls.sql): die zweite Mauer', () => {
  const kontext = (s: TestSitzung) => ({
    organisationId: s.organisation.id,
    benutzerId: s.benutzer.id,
    rolle: s.benutzer.rolle,
    organisationArt: s.organisation.art as 'traeger' | 'jugendamt',
  });
  const lies = (s: TestSitzung) =>
    t.db.withTx(kontext(s), async (tx) => ({
      vorkommnisse: await tx.select({ org: vorkommnis.organisationId }).from(vorkommnis),
      pflichten: await tx.select({ org: vorkommnisPflicht.organisationId }).from(vorkommnisPflicht),
    }));

  it('Leitung und Fachkraft des Teams: nur die eigene Organisation, ohne Filter in der Abfrage', async () => {
    for (const s of [leitung, fachkraft]) {
      const z = await lies(s);
      expect(z.vorkommnisse.length, s.benutzer.email).toBeGreaterThan(0);
      expect(new Set([...z.vorkommnisse, ...z.pflichten].map((r) => r.org))).toEqual(
        new Set([s.organisation.id]),
      );
    }
  });

  it('semiprofessionelle Kraft, Verwaltung, Administration, iefk und Jugendamt: keine Zeile', async () => {
    for (const email of [
      'semiprofessionell@kiju.demo',
      'verwaltung@kiju.demo',
      'admin@kiju.demo',
      'iefk@kiju.demo',
      'asd@jugendamt-wuppertal.demo',
    ]) {
      expect(await lies(await t.als(email)), email).toEqual({ vorkommnisse: [], pflichten: [] });
    }
  });

  it('die Anwendung kann Vorkommnisse nicht löschen und Beschreibungen nicht ändern', async () => {
    await expect(t.db.withTx(kontext(leitung), (tx) => tx.delete(vorkommnis))).rejects.toThrow();
    await expect(
      t.db.withTx(kontext(leitung), (tx) => tx.update(vorkommnis).set({ beschreibung: 'geändert' })),
    ).rejects.toThrow();
  });
});
