import { audit, kalkulation } from '@hilfewerk/db';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../dokumente/test-hilfen/pdf-text.ts';
import { D8 } from '../../test/kalkulation-beispiel.ts';
import { type TestApp, testApp } from '../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

async function anzahl(tabelle: typeof kalkulation | typeof audit, ressource?: string) {
  const [{ n }] = await t.db.withSystemTx((tx) =>
    ressource
      ? tx.select({ n: count() }).from(audit).where(eq(audit.ressource, ressource))
      : tx.select({ n: count() }).from(tabelle),
  );
  return Number(n);
}

async function mappe(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const m = new ExcelJS.Workbook();
  await m.xlsx.load(buffer as unknown as ArrayBuffer);
  return m;
}

const LESER = [
  'leitung@kiju.demo',
  'verwaltung@kiju.demo',
  'admin@kiju.demo',
  'wjh@jugendamt-bremerhaven.demo',
  'controlling@jugendamt-bremerhaven.demo',
];
const OHNE = [
  'fachkraft@kiju.demo',
  'semiprofessionell@kiju.demo',
  'iefk@kiju.demo',
  'asd@jugendamt-bremerhaven.demo',
];

describe('access', () => {
  it('lets the roles of the permission row read and compute, and refuses the others with 403', async () => {
    for (const email of LESER) {
      const s = await t.als(email);
      expect((await s.get('/api/kalkulationen')).statusCode, email).toBe(200);
      expect((await s.post('/api/kalkulationen/berechnen', D8)).statusCode, email).toBe(200);
    }
    for (const email of OHNE) {
      const s = await t.als(email);
      expect((await s.get('/api/kalkulationen')).statusCode, email).toBe(403);
      expect((await s.post('/api/kalkulationen/berechnen', D8)).statusCode, email).toBe(403);
      expect((await s.get('/api/kalkulationen/leistungen')).statusCode, email).toBe(403);
      expect((await s.post('/api/kalkulationen', { bezeichnung: 'x', eingabe: D8 })).statusCode, email).toBe(
        403,
      );
    }
  });

  it('lets only Leitung, Verwaltung, WJH and Fachcontrolling save; Administration reads only', async () => {
    const vorher = await anzahl(kalkulation);
    for (const email of [
      'leitung@kiju.demo',
      'verwaltung@kiju.demo',
      'wjh@jugendamt-bremerhaven.demo',
      'controlling@jugendamt-bremerhaven.demo',
    ]) {
      const res = await (await t.als(email)).post('/api/kalkulationen', {
        bezeichnung: `Zugriff ${email}`,
        eingabe: D8,
      });
      expect(res.statusCode, email).toBe(201);
    }
    const admin = await (await t.als('admin@kiju.demo')).post('/api/kalkulationen', {
      bezeichnung: 'x',
      eingabe: D8,
    });
    expect(admin.statusCode).toBe(403);
    expect(await anzahl(kalkulation)).toBe(vorher + 4);
  });

  it('documents every endpoint in the OpenAPI document', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(Object.keys(doc.json().paths)).toEqual(
      expect.arrayContaining([
        '/api/kalkulationen',
        '/api/kalkulationen/berechnen',
        '/api/kalkulationen/vorgaben',
        '/api/kalkulationen/{id}',
        '/api/kalkulationen/{reiheId}/versionen',
        '/api/kalkulationen/{id}/{format}',
        '/api/kalkulationen/export/{format}',
      ]),
    );
  });

  it('401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/kalkulationen' });
    expect(res.statusCode).toBe(401);
  });

  it("answers 404 for another organisation's calculation: read, new version, downloads", async () => {
    const muki = await t.als('leitung@mukiberlin.demo');
    const [fremd] = (await muki.get('/api/kalkulationen')).json();
    expect(fremd.leistung).toBe('berlin-d8');
    const kiju = await t.als('leitung@kiju.demo');
    expect((await kiju.get(`/api/kalkulationen/${fremd.id}`)).statusCode).toBe(404);
    expect((await kiju.get(`/api/kalkulationen/${fremd.id}/xlsx`)).statusCode).toBe(404);
    expect((await kiju.get(`/api/kalkulationen/${fremd.id}/pdf`)).statusCode).toBe(404);
    const version = await kiju.post(`/api/kalkulationen/${fremd.reiheId}/versionen`, {
      version: 1,
      eingabe: D8,
    });
    expect(version.statusCode).toBe(404);
    expect((await kiju.get('/api/kalkulationen')).json().map((k: { id: string }) => k.id)).not.toContain(
      fremd.id,
    );
    expect((await kiju.get('/api/kalkulationen/kein-uuid')).statusCode).toBe(404);
  });
});

describe('demo data', () => {
  it('holds one engine-computed calculation per service system at the matching provider', async () => {
    const liste = async (email: string) =>
      (await (await t.als(email)).get('/api/kalkulationen'))
        .json()
        .filter((k: { bezeichnung: string }) => !k.bezeichnung.startsWith('Zugriff'));
    const muki = await liste('leitung@mukiberlin.demo');
    expect(muki.map((k: { leistung: string }) => k.leistung)).toEqual(['berlin-d8']);
    expect(muki[0].entgelt).toEqual({ betrag: '140.38', einheit: 'EUR je Platz und Tag' });
    const tbh = await liste('leitung@traeger-bremerhaven.demo');
    expect(tbh.map((k: { leistung: string }) => k.leistung).sort()).toEqual([
      'bremerhaven-ambulant',
      'lt11-nachbetreuung',
    ]);
    expect(tbh.find((k: { leistung: string }) => k.leistung === 'bremerhaven-ambulant').entgelt.betrag).toBe(
      '150000.00',
    );
    const kiju = await liste('verwaltung@kiju.demo');
    expect(kiju.find((k: { leistung: string }) => k.leistung === 'kiju-nachbetreuung').entgelt).toEqual({
      betrag: '72.73',
      einheit: 'EUR je Fachleistungsstunde',
    });
  });
});

describe('POST /api/kalkulationen/berechnen', () => {
  it('returns the engine result with lines, sources and warnings', async () => {
    const s = await t.als('verwaltung@kiju.demo');
    const res = await s.post('/api/kalkulationen/berechnen', {
      ...D8,
      personalkosten: { fachkraft: '20000.00', leitung: '85000.00' },
    });
    expect(res.statusCode).toBe(200);
    const e = res.json();
    expect(e.zeilen.map((z: { id: string }) => z.id)).toEqual([
      'betreuung',
      'leitung',
      'vertretung',
      'qualitaet',
      'hauswirtschaft',
      'sachkosten',
    ]);
    expect(e.zeilen[0].quelle).toContain('Personalschlüssel 1 : 2,00');
    expect(e.divisor).toBe('Berechnungstage');
    expect(e.warnungen[0]).toMatchObject({ feld: 'personalkosten.fachkraft' });
  });

  it('refuses out-of-range input with 422 naming field, range and clause', async () => {
    const s = await t.als('leitung@kiju.demo');
    const res = await s.post('/api/kalkulationen/berechnen', { ...D8, auslastung: 0.9 });
    expect(res.statusCode).toBe(422);
    expect(res.json().felder.auslastung).toMatch(/0,90.*92–95 %.*Anlage D\.8, Matrix: Auslastung/);
    const mehrere = await s.post('/api/kalkulationen/berechnen', { ...D8, plaetze: 0, sachkosten: '-5.00' });
    expect(mehrere.statusCode).toBe(422);
    expect(Object.keys(mehrere.json().felder).sort()).toEqual(['plaetze', 'sachkosten']);
    const leistung = await s.post('/api/kalkulationen/berechnen', { leistung: 'gibt-es-nicht' });
    expect(leistung.json().felder.leistung).toContain('berlin-d8');
  });

  it('calculates the Trägerbudget as monthly instalment and planned hours', async () => {
    const s = await t.als('leitung@traeger-bremerhaven.demo');
    const res = await s.post('/api/kalkulationen/berechnen', {
      leistung: 'bremerhaven-ambulant',
      variante: 'p31',
      stichtag: '2025-01-01',
      gesamtbudget: '9000000.00',
      vkFachkraft: 20,
      vkSemiprofessionell: 4,
      jahresstundenVk: 1600,
    });
    expect(res.statusCode).toBe(200);
    const e = res.json();
    expect(e.entgelt.betrag).toBe('150000.00');
    expect(e.budget).toMatchObject({ monate: 60, planstundenJahr: 30720, jeDirektstunde: '58.59' });
    expect(e.warnungen[0].feld).toBe('direktanteil');
    const fehler = await s.post('/api/kalkulationen/berechnen', {
      ...e,
      leistung: 'bremerhaven-ambulant',
      direktanteil: 1.5,
    });
    expect(fehler.statusCode).toBe(422);
  });
});

describe('GET /api/kalkulationen/vorgaben', () => {
  it('gives the fields with defaults and ranges from the catalogue', async () => {
    const s = await t.als('leitung@kiju.demo');
    const res = await s.get(
      '/api/kalkulationen/vorgaben?leistung=berlin-d8&variante=gruppe-regel&stichtag=2025-01-01',
    );
    expect(res.statusCode).toBe(200);
    const auslastung = res.json().felder.find((f: { feld: string }) => f.feld === 'auslastung');
    expect(auslastung).toMatchObject({ min: 0.92, max: 0.95, bereich: '92–95 %' });
    const falsch = await s.get(
      '/api/kalkulationen/vorgaben?leistung=berlin-d8&variante=xyz&stichtag=2025-01-01',
    );
    expect(falsch.statusCode).toBe(422);
    const leistungen = (await s.get('/api/kalkulationen/leistungen')).json();
    expect(leistungen.map((l: { id: string }) => l.id)).toEqual([
      'lt11-nachbetreuung',
      'kiju-nachbetreuung',
      'bremerhaven-ambulant',
      'berlin-d8',
    ]);
  });
});

describe('saving and versions', () => {
  it('saves nothing on bad input', async () => {
    const s = await t.als('leitung@kiju.demo');
    const vorher = [await anzahl(kalkulation), await anzahl(audit, 'kalkulation')];
    const res = await s.post('/api/kalkulationen', {
      bezeichnung: 'Falsch',
      eingabe: { ...D8, auslastung: 0.99 },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().felder.auslastung).toContain('92–95 %');
    const ohneName = await s.post('/api/kalkulationen', { bezeichnung: ' ', eingabe: D8 });
    expect(ohneName.statusCode).toBe(422);
    expect(ohneName.json().felder).toHaveProperty('bezeichnung');
    expect([await anzahl(kalkulation), await anzahl(audit, 'kalkulation')]).toEqual(vorher);
  });

  it('adds versions without overwriting, with who and when; 409 on a stale version', async () => {
    const leitung = await t.als('leitung@kiju.demo');
    const verwaltung = await t.als('verwaltung@kiju.demo');
    const auditVorher = await anzahl(audit, 'kalkulation');
    const erste = await leitung.post('/api/kalkulationen', {
      bezeichnung: 'Versionstest',
      kommentar: 'Start',
      eingabe: D8,
    });
    expect(erste.statusCode).toBe(201);
    const v1 = erste.json();
    expect(v1).toMatchObject({
      version: 1,
      reiheId: v1.id,
      entgelt: { betrag: '140.38' },
      kommentar: 'Start',
    });
    expect(v1.erstelltVon.name).toBe('Lea Leitner');

    const zweite = await verwaltung.post(`/api/kalkulationen/${v1.reiheId}/versionen`, {
      version: 1,
      kommentar: '95 % Auslastung',
      eingabe: { ...D8, auslastung: 0.95 },
    });
    expect(zweite.statusCode).toBe(201);
    const v2 = zweite.json();
    expect(v2).toMatchObject({
      version: 2,
      reiheId: v1.reiheId,
      bezeichnung: 'Versionstest',
      entgelt: { betrag: '137.43' },
    });
    expect(
      v2.versionen.map((v: { version: number; erstelltVon: { name: string } }) => [
        v.version,
        v.erstelltVon.name,
      ]),
    ).toEqual([
      [1, 'Lea Leitner'],
      [2, 'Vera Verwalter'],
    ]);

    const veraltet = await leitung.post(`/api/kalkulationen/${v1.reiheId}/versionen`, {
      version: 1,
      eingabe: D8,
    });
    expect(veraltet.statusCode).toBe(409);
    expect(veraltet.json().aktuell.version).toBe(2);

    const alt = (await leitung.get(`/api/kalkulationen/${v1.id}`)).json();
    expect(alt).toMatchObject({ version: 1, entgelt: { betrag: '140.38' } });
    expect(alt.eingabe.auslastung).toBe(0.93);
    expect(alt.versionen).toHaveLength(2);
    const liste = (await leitung.get('/api/kalkulationen')).json();
    expect(
      liste
        .filter((k: { reiheId: string }) => k.reiheId === v1.reiheId)
        .map((k: { version: number }) => k.version),
    ).toEqual([2]);
    expect(await anzahl(audit, 'kalkulation')).toBe(auditVorher + 2);
  });
});

describe('downloads', () => {
  it('exports a saved version as XLSX with the lines, inputs and sources', async () => {
    const s = await t.als('leitung@mukiberlin.demo');
    const [k] = (await s.get('/api/kalkulationen')).json();
    const res = await s.get(`/api/kalkulationen/${k.id}/xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="Kalkulation_berlin-d8_gruppe-regel_2025-01-01_v1.xlsx"',
    );
    const m = await mappe(res.rawPayload);
    const blatt = m.getWorksheet('Ergebnis');
    expect(blatt?.getCell('B2').value).toBe('MuKi Berlin');
    expect(blatt?.getCell('B10').value).toBe('Betreuung: 10 Plätze, Personalschlüssel 1 : 2,00');
    expect(blatt?.getCell('F10').value).toBe(340000);
    const entgelt = blatt?.getCell('F18').value as ExcelJS.CellFormulaValue;
    expect(entgelt.result).toBe(140.38);
    const eingaben = m
      .getWorksheet('Eingaben')
      ?.getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1));
    expect(eingaben).toContainEqual(['Auslastung', '93 %']);
    expect(eingaben).toContainEqual(['Arbeitgeberkosten je VK Fachkraft', '68.000,00 €']);
  });

  it('exports a saved version as PDF Kalkulationsblatt', async () => {
    const s = await t.als('leitung@traeger-bremerhaven.demo');
    const k = (await s.get('/api/kalkulationen'))
      .json()
      .find((x: { leistung: string }) => x.leistung === 'lt11-nachbetreuung');
    const res = await s.get(`/api/kalkulationen/${k.id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="Kalkulation_lt11-nachbetreuung_2025-01-01_v1\.pdf"$/,
    );
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Kalkulationsblatt');
    expect(text).toContain('Fachliche Leitung');
    expect(text).toContain('Berechnungsmonate');
    expect(text).toContain(`${k.entgelt.betrag.replace('.', ',')} €`);
  });

  it('exports an unsaved calculation and refuses bad input with 422', async () => {
    const s = await t.als('verwaltung@kiju.demo');
    const res = await s.post('/api/kalkulationen/export/xlsx', { ...D8, auslastung: 0.95 });
    expect(res.statusCode).toBe(200);
    const blatt = (await mappe(res.rawPayload)).getWorksheet('Ergebnis');
    if (!blatt) throw new Error('Blatt Ergebnis fehlt');
    expect((blatt.getCell('F18').value as ExcelJS.CellFormulaValue).result).toBe(137.43);
    expect(blatt.getCell('B6').value).toMatch(/Entwurf/);
    const pdf = await s.post('/api/kalkulationen/export/pdf', D8);
    expect(pdfText(pdf.rawPayload)).toContain('140,38 €');
    expect((await s.post('/api/kalkulationen/export/xlsx', { ...D8, auslastung: 2 })).statusCode).toBe(422);
    const fachkraft = await t.als('fachkraft@kiju.demo');
    expect((await fachkraft.post('/api/kalkulationen/export/pdf', D8)).statusCode).toBe(403);
  });
});
