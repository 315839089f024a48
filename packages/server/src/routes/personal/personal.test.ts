import { audit, mitarbeiter, mitarbeiterVk } from '@hilfewerk/db';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

/**
 * Staff register and staffing against the keys. The demo (25.11.2026): Bremerhaven's LT 11 aftercare has
 * 2 Hilfen all November and one from 02.11. (2 + 29/30 = 2,97 cases): Betreuung 1 : 12 asks 0,25 VK, there are
 * 0,15 + 0,05 = 0,20 since Frieda Fischer reduced on 01.11.; Leitung 1 : 70 asks 0,04, there are 0,10.
 */
let t: TestApp;
let leitungTbh: TestSitzung;
let leitungKiju: TestSitzung;

beforeAll(async () => {
  t = await testApp();
  leitungTbh = await t.als('leitung@traeger-bremerhaven.demo');
  leitungKiju = await t.als('leitung@kiju.demo');
});
afterAll(() => t.close());

type Zeile = { leistung: string; [k: string]: unknown };
const besetzung = async (s: TestSitzung, monat: string) =>
  (await s.get(`/api/personal/besetzung?monat=${monat}`)).json() as Zeile[];
const von = (liste: Zeile[], leistung: string) => liste.find((z) => z.leistung === leistung);

async function zaehle() {
  return t.db.withSystemTx(async (tx) => {
    const [a] = await tx.select({ n: count() }).from(mitarbeiter);
    const [b] = await tx.select({ n: count() }).from(mitarbeiterVk);
    return `${a.n}/${b.n}`;
  });
}

const neu = {
  name: 'Nora Neumann',
  qualifikation: 'sozialpaedagogik',
  funktion: 'betreuung',
  berufsjahre: 3,
  leistung: 'lt11-nachbetreuung',
  eintritt: '2026-11-01',
  vk: 0.1,
  fuehrungszeugnisAm: '2026-10-15',
};

describe('GET /api/personal/besetzung', () => {
  it('shows Bremerhaven’s LT 11 Betreuung short in November, with the key and its source', async () => {
    const lt11 = von(await besetzung(leitungTbh, '2026-11'), 'lt11-nachbetreuung');
    expect(lt11).toMatchObject({
      leistung: 'lt11-nachbetreuung',
      sollVk: 0.29,
      istVk: 0.3,
      schluessel: 'Betreuung 1 : 12, Leitung 1 : 70',
      erfuellt: false,
      faelle: 2.97,
    });
    const zeilen = lt11?.zeilen as {
      bereich: string;
      soll: number;
      ist: number;
      erfuellt: boolean;
      quelle: string;
    }[];
    expect(zeilen[0]).toMatchObject({ bereich: 'betreuung', soll: 0.25, ist: 0.2, erfuellt: false });
    expect(zeilen[0].quelle).toContain('LT 11, Nr. 7');
    expect(zeilen[1]).toMatchObject({ bereich: 'leitung', soll: 0.04, ist: 0.1, erfuellt: true });
  });

  it('in October the same team met the key (VK history: 0,25 before the reduction)', async () => {
    expect(von(await besetzung(leitungTbh, '2026-10'), 'lt11-nachbetreuung')).toMatchObject({
      istVk: 0.4,
      erfuellt: true,
    });
  });

  it('compares the Trägerbudget team with the 24 agreed posts, D.8 with its keys, KIJU without a key', async () => {
    expect(von(await besetzung(leitungTbh, '2026-11'), 'bremerhaven-ambulant')).toMatchObject({
      sollVk: 24,
      istVk: 23.5,
      erfuellt: false,
    });
    const muki = await t.als('leitung@mukiberlin.demo');
    expect(von(await besetzung(muki, '2026-11'), 'berlin-d8')).toMatchObject({ istVk: 2.7, erfuellt: true });
    expect(von(await besetzung(leitungKiju, '2026-11'), 'kiju-nachbetreuung')).toMatchObject({
      sollVk: null,
      istVk: 1.75,
      schluessel: null,
      erfuellt: null,
    });
  });

  it('is for Leitung only, and refuses a bad month with a German 422', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/personal/besetzung?monat=2026-11' })).statusCode,
    ).toBe(401);
    for (const email of [
      'admin@kiju.demo',
      'fachkraft@kiju.demo',
      'verwaltung@kiju.demo',
      'asd@jugendamt-bremerhaven.demo',
    ]) {
      expect(
        (await (await t.als(email)).get('/api/personal/besetzung?monat=2026-11')).statusCode,
        email,
      ).toBe(403);
    }
    for (const monat of ['2026-13', '11-2026', '']) {
      const res = await leitungKiju.get(`/api/personal/besetzung?monat=${monat}`);
      expect(res.statusCode, monat).toBe(422);
      expect(res.json().felder.monat).toContain('JJJJ-MM');
    }
  });
});

describe('Personalverzeichnis', () => {
  it('lists the own staff to Leitung and Administration, with certificates due (missing counts as due)', async () => {
    for (const email of ['leitung@kiju.demo', 'admin@kiju.demo']) {
      const liste = (await (await t.als(email)).get('/api/personal')).json() as Record<string, unknown>[];
      expect(liste.map((p) => p.name)).toEqual(['Finn Fachmann', 'Lea Leitner', 'Sami Helfer']);
      expect(liste[0]).toMatchObject({
        vkHeute: 0.75,
        fuehrungszeugnisFaellig: '2026-10-01',
        fuehrungszeugnisUeberfaellig: true,
      });
      expect(liste[1]).toMatchObject({ fuehrungszeugnisUeberfaellig: false });
      expect(liste[2]).toMatchObject({ fuehrungszeugnisAm: null, fuehrungszeugnisUeberfaellig: true });
    }
    for (const email of ['fachkraft@kiju.demo', 'verwaltung@kiju.demo', 'semiprofessionell@kiju.demo']) {
      expect((await (await t.als(email)).get('/api/personal')).statusCode, email).toBe(403);
    }
  });

  it('a new colleague from 01.11. makes Bremerhaven’s November staffing meet the key; audited by field name', async () => {
    const res = await leitungTbh.post('/api/personal', neu);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ vkHeute: 0.1, fuehrungszeugnisFaellig: '2031-10-15' });
    expect(von(await besetzung(leitungTbh, '2026-11'), 'lt11-nachbetreuung')).toMatchObject({
      istVk: 0.4,
      erfuellt: true,
    });
    const [zeile] = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressource, 'mitarbeiter'), eq(audit.ressourceId, res.json().id))),
    );
    expect(zeile.details).toEqual({ felder: Object.keys(neu).sort() });
    expect(JSON.stringify(zeile)).not.toContain('Neumann');
  });

  it('refuses more than 1,0 VK, an unknown Leistung, leaving before entry, a foreign login — 422, nothing stored', async () => {
    const vorher = await zaehle();
    const faelle: [Record<string, unknown>, string, string][] = [
      [{ vk: 1.2 }, 'vk', 'höchstens 1,0 VK'],
      [{ vk: -0.1 }, 'vk', 'zwischen 0 und 1,0 VK'],
      [{ leistung: 'gibt-es-nicht' }, 'leistung', 'Leistung aus dem Katalog'],
      [{ austritt: '2026-10-01' }, 'austritt', 'vor dem Eintritt'],
      [{ qualifikation: 'arzt' }, 'qualifikation', 'Bitte eine Qualifikation wählen'],
      [{ name: ' ' }, 'name', 'Bitte geben Sie den Namen an.'],
      [{ fuehrungszeugnisAm: '2027-01-01' }, 'fuehrungszeugnisAm', 'Zukunft'],
      [{ benutzerId: leitungKiju.benutzer.id }, 'benutzerId', 'gibt es in Ihrer Organisation nicht'],
    ];
    for (const [aenderung, feld, meldung] of faelle) {
      const res = await leitungTbh.post('/api/personal', { ...neu, ...aenderung });
      expect(res.statusCode, feld).toBe(422);
      expect(res.json().felder[feld], feld).toContain(meldung);
    }
    expect(await zaehle()).toBe(vorher);
  });

  it('only Leitung and Administration add staff', async () => {
    const vorher = await zaehle();
    for (const email of ['fachkraft@kiju.demo', 'verwaltung@kiju.demo', 'iefk@kiju.demo']) {
      const res = await (await t.als(email)).post('/api/personal', {
        ...neu,
        leistung: 'kiju-nachbetreuung',
      });
      expect(res.statusCode, email).toBe(403);
    }
    expect(await zaehle()).toBe(vorher);
    const admin = await t.als('admin@kiju.demo');
    const res = await admin.post('/api/personal', { ...neu, leistung: 'kiju-nachbetreuung' });
    expect(res.statusCode).toBe(201);
  });
});

describe('POST /api/personal/:id/vk', () => {
  async function person(s: TestSitzung, name: string) {
    const liste = (await s.get('/api/personal')).json() as { id: string; name: string }[];
    const p = liste.find((x) => x.name === name);
    if (!p) throw new Error(name);
    return p.id;
  }

  it('records a dated change and keeps the history', async () => {
    const id = await person(leitungKiju, 'Sami Helfer');
    const res = await leitungKiju.post(`/api/personal/${id}/vk`, { ab: '2026-12-01', vk: 0.75 });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      vkHeute: 0.5,
      vkVerlauf: [
        { ab: '2024-02-01', vk: 0.5 },
        { ab: '2026-12-01', vk: 0.75 },
      ],
    });
  });

  it('refuses over 1,0 VK and a day before entry (422), another organisation’s person (404), other roles (403)', async () => {
    const id = await person(leitungKiju, 'Finn Fachmann');
    const vorher = await zaehle();
    const zuViel = await leitungKiju.post(`/api/personal/${id}/vk`, { ab: '2026-12-01', vk: 1.5 });
    expect(zuViel.statusCode).toBe(422);
    expect(zuViel.json().felder.vk).toBe('Eine Person hat höchstens 1,0 VK.');
    const zuFrueh = await leitungKiju.post(`/api/personal/${id}/vk`, { ab: '2020-01-01', vk: 0.5 });
    expect(zuFrueh.statusCode).toBe(422);
    expect(zuFrueh.json().felder.ab).toContain('vor dem Eintritt');
    expect((await leitungTbh.post(`/api/personal/${id}/vk`, { ab: '2026-12-01', vk: 0.5 })).statusCode).toBe(
      404,
    );
    const fachkraft = await t.als('fachkraft@kiju.demo');
    expect((await fachkraft.post(`/api/personal/${id}/vk`, { ab: '2026-12-01', vk: 0.5 })).statusCode).toBe(
      403,
    );
    expect(await zaehle()).toBe(vorher);
  });
});

describe('PATCH /api/personal/:id', () => {
  async function lade(s: TestSitzung, name: string) {
    const liste = (await s.get('/api/personal')).json() as Record<string, unknown>[];
    const p = liste.find((x) => x.name === name);
    if (!p) throw new Error(name);
    return p as {
      id: string;
      name: string;
      qualifikation: string;
      funktion: string;
      berufsjahre: number | null;
      leistung: string;
      eintritt: string;
      austritt: string | null;
      fuehrungszeugnisAm: string | null;
      version: number;
      vkVerlauf: { ab: string; vk: number }[];
    };
  }
  const aenderung = (p: Awaited<ReturnType<typeof lade>>) => ({
    name: p.name,
    qualifikation: p.qualifikation,
    funktion: p.funktion,
    berufsjahre: p.berufsjahre,
    leistung: p.leistung,
    eintritt: p.eintritt,
    austritt: p.austritt,
    fuehrungszeugnisAm: p.fuehrungszeugnisAm,
    version: p.version,
  });

  it('records a new certificate and qualification; the audit names the changed fields only', async () => {
    const p = await lade(leitungKiju, 'Lea Leitner');
    const res = await leitungKiju.patch(`/api/personal/${p.id}`, {
      ...aenderung(p),
      fuehrungszeugnisAm: '2026-11-20',
      austritt: '2027-06-30',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      fuehrungszeugnisFaellig: '2031-11-20',
      austritt: '2027-06-30',
      version: p.version + 1,
    });
    const zeilen = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressource, 'mitarbeiter'), eq(audit.ressourceId, p.id))),
    );
    expect(zeilen.filter((z) => z.aktion === 'aendern').map((z) => z.details)).toEqual([
      { felder: ['austritt', 'fuehrungszeugnisAm'] },
    ]);
  });

  it('moves the first VK entry with a corrected day of entry', async () => {
    const p = await lade(leitungKiju, 'Finn Fachmann');
    const frueher = p.vkVerlauf[0].ab;
    const neuerEintritt = `${Number(frueher.slice(0, 4)) - 1}${frueher.slice(4)}`;
    const res = await leitungKiju.patch(`/api/personal/${p.id}`, {
      ...aenderung(p),
      eintritt: neuerEintritt,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().vkVerlauf[0].ab).toBe(neuerEintritt);
    expect(res.json().eintritt).toBe(neuerEintritt);
  });

  it('refuses bad input with German messages (422), a stale version (409), changing nothing', async () => {
    const p = await lade(leitungTbh, 'Frieda Fischer');
    const faelle: [Record<string, unknown>, string, string][] = [
      [{ austritt: '2000-01-01' }, 'austritt', 'vor dem Eintritt'],
      [{ austritt: '2026-10-15' }, 'austritt', 'VK-Änderung'],
      [{ eintritt: '2026-12-01' }, 'eintritt', 'VK-Änderungen'],
      [{ qualifikation: 'arzt' }, 'qualifikation', 'Bitte eine Qualifikation wählen'],
      [{ name: '' }, 'name', 'Bitte geben Sie den Namen an.'],
      [{ leistung: 'gibt-es-nicht' }, 'leistung', 'Leistung aus dem Katalog'],
      [{ fuehrungszeugnisAm: '2027-01-01' }, 'fuehrungszeugnisAm', 'Zukunft'],
      [{ berufsjahre: 1.5 }, 'berufsjahre', 'ganze Zahl'],
    ];
    for (const [a, feld, meldung] of faelle) {
      const res = await leitungTbh.patch(`/api/personal/${p.id}`, { ...aenderung(p), ...a });
      expect(res.statusCode, feld).toBe(422);
      expect(res.json().felder[feld], feld).toContain(meldung);
    }
    const alt = await leitungTbh.patch(`/api/personal/${p.id}`, { ...aenderung(p), version: p.version - 1 });
    expect(alt.statusCode).toBe(409);
    expect(await lade(leitungTbh, 'Frieda Fischer')).toEqual(p);
  });

  it('is for Leitung and Administration of the own organisation only', async () => {
    const p = await lade(leitungKiju, 'Sami Helfer');
    for (const email of ['fachkraft@kiju.demo', 'verwaltung@kiju.demo']) {
      const res = await (await t.als(email)).patch(`/api/personal/${p.id}`, aenderung(p));
      expect(res.statusCode, email).toBe(403);
    }
    expect((await leitungTbh.patch(`/api/personal/${p.id}`, aenderung(p))).statusCode).toBe(404);
    const admin = await t.als('admin@kiju.demo');
    expect((await admin.patch(`/api/personal/${p.id}`, { ...aenderung(p), berufsjahre: 4 })).statusCode).toBe(
      200,
    );
  });
});

describe('GET /api/personal/besetzung/jahr', () => {
  it('gives required against actual VK per month; November red with its source, October met', async () => {
    const jahr = (await leitungTbh.get('/api/personal/besetzung/jahr?jahr=2026')).json() as {
      leistung: string;
      monate: {
        monat: string;
        sollVk: number | null;
        istVk: number;
        erfuellt: boolean | null;
        nichtErfuellt: string[];
      }[];
    }[];
    const lt11 = jahr.find((l) => l.leistung === 'lt11-nachbetreuung');
    expect(lt11?.monate).toHaveLength(12);
    const monat = (m: string) => lt11?.monate.find((x) => x.monat === m);
    // The same figures as the single month, for every month (a colleague added above met November).
    for (const m of lt11?.monate ?? []) {
      const einzeln = von(await besetzung(leitungTbh, m.monat), 'lt11-nachbetreuung');
      expect(m, m.monat).toMatchObject({
        sollVk: einzeln?.sollVk,
        istVk: einzeln?.istVk,
        erfuellt: einzeln?.erfuellt,
      });
      expect(m.nichtErfuellt.length > 0, m.monat).toBe(m.erfuellt === false);
    }
    expect(monat('2026-10')).toMatchObject({ istVk: 0.4, erfuellt: true, nichtErfuellt: [] });
    // The Trägerbudget team is half a post short all year: each month red, with the agreement as source.
    const budget = jahr.find((l) => l.leistung === 'bremerhaven-ambulant');
    expect(budget?.monate.find((x) => x.monat === '2026-11')).toMatchObject({
      sollVk: 24,
      istVk: 23.5,
      erfuellt: false,
    });
    expect(budget?.monate.find((x) => x.monat === '2026-11')?.nichtErfuellt[0]).toContain(
      'Budgetvereinbarung',
    );
  });

  it('is for Leitung only; a bad year is a German 422', async () => {
    for (const email of ['admin@kiju.demo', 'fachkraft@kiju.demo']) {
      expect(
        (await (await t.als(email)).get('/api/personal/besetzung/jahr?jahr=2026')).statusCode,
        email,
      ).toBe(403);
    }
    for (const jahr of ['abc', '1999', '']) {
      const res = await leitungKiju.get(`/api/personal/besetzung/jahr?jahr=${jahr}`);
      expect(res.statusCode, jahr).toBe(422);
      expect(res.json().felder.jahr, jahr).toMatch(/Jahr/);
    }
  });
});
