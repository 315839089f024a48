import { fall, hilfe, leistungseintrag, monatsabschluss, rechnung, rechnungsposition } from '@hilfewerk/db';
import Decimal from 'decimal.js';
import { and, count, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../dokumente/test-hilfen/pdf-text.ts';
import { text, xmllintFehler } from '../../dokumente/test-hilfen/xml.ts';
import { verletzteRegeln } from '../../dokumente/test-hilfen/xrechnung-regeln.ts';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

/**
 * Monthly close, invoices, credit notes, DATEV and the Trägerbudget through the API. KIJU closes
 * October 2026 (FLS invoices to Wuppertal); the Bremerhaven provider closes it twice at once.
 */
const KONTEN = {
  administration: 'admin@kiju.demo',
  leitung: 'leitung@kiju.demo',
  fachkraft: 'fachkraft@kiju.demo',
  semiprofessionell: 'semiprofessionell@kiju.demo',
  verwaltung: 'verwaltung@kiju.demo',
  iefk: 'iefk@kiju.demo',
  asd: 'asd@jugendamt-wuppertal.demo',
  wjh: 'wjh@jugendamt-bremerhaven.demo',
  fachcontrolling: 'controlling@jugendamt-bremerhaven.demo',
} as const;
type R = keyof typeof KONTEN;
const ROLLEN = Object.keys(KONTEN) as R[];

let t: TestApp;
const s = {} as Record<R, TestSitzung>;
let abschluss: { id: string; eintraege: number; rechnungen: { id: string; nummer: string; summe: string }[] };
const GEHEIM = 'Vertraulich: Streit mit dem Vater';

beforeAll(async () => {
  t = await testApp();
  for (const r of ROLLEN) s[r] = await t.als(KONTEN[r]);
  const [h] = (await s.fachkraft.get('/api/leistungen/hilfen')).json();
  const notiz = await s.fachkraft.post('/api/leistungen', {
    datum: '2026-10-30',
    beginn: '19:00',
    ende: '19:45',
    art: 'direkt',
    hilfeId: h.hilfeId,
    bemerkung: GEHEIM,
  });
  expect(notiz.statusCode).toBe(201);
  const res = await s.verwaltung.post('/api/abschluesse', { monat: '2026-10' });
  expect(res.statusCode).toBe(201);
  abschluss = res.json();
});
afterAll(() => t.close());

const system = <T>(fn: Parameters<TestApp['db']['withSystemTx']>[0]) => t.db.withSystemTx(fn) as Promise<T>;

async function bestand() {
  return system<number[]>(async (tx) => {
    const n = async (tab: typeof rechnung | typeof monatsabschluss | typeof rechnungsposition) =>
      Number((await tx.select({ n: count() }).from(tab))[0].n);
    const gesperrt = Number(
      (
        await tx
          .select({ n: count() })
          .from(leistungseintrag)
          .where(sql`${leistungseintrag.monatsabschlussId} is not null`)
      )[0].n,
    );
    return [await n(rechnung), await n(monatsabschluss), await n(rechnungsposition), gesperrt];
  });
}

describe('POST /api/abschluesse', () => {
  it('locks every entry of the month and invoices the Jugendamt: one line per Hilfe, hours × FLS rate', async () => {
    expect(abschluss.rechnungen).toHaveLength(1);
    const org = s.verwaltung.organisation.id;
    const offen = await system<{ n: number }[]>((tx) =>
      tx
        .select({ n: count() })
        .from(leistungseintrag)
        .where(
          and(
            eq(leistungseintrag.organisationId, org),
            gte(leistungseintrag.datum, '2026-10-01'),
            lte(leistungseintrag.datum, '2026-10-31'),
            isNull(leistungseintrag.monatsabschlussId),
          ),
        ),
    );
    expect(Number(offen[0].n)).toBe(0);
    const gesperrt = await system<{ n: number }[]>((tx) =>
      tx
        .select({ n: count() })
        .from(leistungseintrag)
        .where(eq(leistungseintrag.monatsabschlussId, abschluss.id)),
    );
    expect(abschluss.eintraege).toBe(Number(gesperrt[0].n));
    expect(abschluss.eintraege).toBeGreaterThan(0);

    const r = (await s.verwaltung.get(`/api/rechnungen/${abschluss.rechnungen[0].id}`)).json();
    expect(r).toMatchObject({ art: 'rechnung', zeitraumVon: '2026-10-01', zeitraumBis: '2026-10-31' });
    expect(r.nummer).toMatch(/^RE-\d{4}-00001$/);
    expect(r.positionen.map((p: { aktenzeichenJugendamt: string }) => p.aktenzeichenJugendamt)).toEqual([
      'WUP-51-2026-0142',
      'WUP-51-2026-0177',
      'WUP-51-2026-0203',
    ]);
    // Each line: the month's direct minutes of its Hilfe, as hours, × 67.40; the total is their sum.
    const minuten = await system<{ hilfeId: string | null; m: number }[]>((tx) =>
      tx
        .select({ hilfeId: leistungseintrag.hilfeId, m: sql<number>`sum(${leistungseintrag.minuten})::int` })
        .from(leistungseintrag)
        .where(
          and(
            eq(leistungseintrag.art, 'direkt'),
            gte(leistungseintrag.datum, '2026-10-01'),
            lte(leistungseintrag.datum, '2026-10-31'),
            inArray(
              leistungseintrag.hilfeId,
              r.positionen.map((p: { hilfeId: string }) => p.hilfeId),
            ),
          ),
        )
        .groupBy(leistungseintrag.hilfeId),
    );
    let summe = new Decimal(0);
    for (const p of r.positionen) {
      const m = Number(minuten.find((x) => x.hilfeId === p.hilfeId)?.m);
      const stunden = new Decimal(m).div(60).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      expect(p).toMatchObject({
        einheit: 'Std.',
        satz: '67.40',
        bewilligung: expect.stringMatching(/^KZ-WUP-/),
      });
      expect(new Decimal(p.menge).equals(stunden)).toBe(true);
      expect(p.betrag).toBe(stunden.times('67.40').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
      summe = summe.plus(p.betrag);
    }
    expect(r.summe).toBe(summe.toFixed(2));
  });

  it('refuses a second close of the month with 409 and changes nothing', async () => {
    const vorher = await bestand();
    const res = await s.leitung.post('/api/abschluesse', { monat: '2026-10' });
    expect(res.statusCode).toBe(409);
    expect(res.json().fehler).toMatch(/bereits abgeschlossen/);
    expect(await bestand()).toEqual(vorher);
  });

  it('lets only one of two concurrent closes succeed', async () => {
    const a = await t.als('verwaltung@traeger-bremerhaven.demo');
    const b = await t.als('leitung@traeger-bremerhaven.demo');
    const [x, y] = await Promise.all([
      a.post('/api/abschluesse', { monat: '2026-10' }),
      b.post('/api/abschluesse', { monat: '2026-10' }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([201, 409]);
    const ok = x.statusCode === 201 ? x.json() : y.json();
    // LT 11 Monatspauschale for the three Nachbetreuungen; the budget Hilfen are not invoiced per case.
    expect(ok.rechnungen).toHaveLength(1);
    const r = (await a.get(`/api/rechnungen/${ok.rechnungen[0].id}`)).json();
    expect(r.positionen.map((p: { aktenzeichenJugendamt: string }) => p.aktenzeichenJugendamt)).toEqual([
      'BHV-AfJ-2026-451',
      'BHV-AfJ-2026-460',
    ]);
    expect(r.positionen[0]).toMatchObject({
      menge: '1',
      einheit: 'Monat',
      satz: '1485.00',
      betrag: '1485.00',
    });
    const [{ n }] = await system<{ n: number }[]>((tx) =>
      tx
        .select({ n: count() })
        .from(monatsabschluss)
        .where(
          and(eq(monatsabschluss.organisationId, a.organisation.id), eq(monatsabschluss.monat, '2026-10')),
        ),
    );
    // The demo closed older months of this provider (demo/rechnungen.ts): October exists once.
    expect(Number(n)).toBe(1);
  });

  it('bills a partial month of a Monatspauschale pro rata by calendar days', async () => {
    const a = await t.als('verwaltung@traeger-bremerhaven.demo');
    expect((await a.post('/api/abschluesse', { monat: '2026-11' })).statusCode).toBe(422);
    const res = await a.post('/api/abschluesse', { monat: '2026-09' });
    expect(res.statusCode).toBe(201);
    const r = (await a.get(`/api/rechnungen/${res.json().rechnungen[0].id}`)).json();
    // TBH-NB-2026-002 starts on 15.09.2026: 16 of 30 days of 1,485.00 €.
    expect(r.positionen).toHaveLength(1);
    expect(r.positionen[0]).toMatchObject({
      aktenzeichenJugendamt: 'BHV-AfJ-2026-460',
      zeitraumVon: '2026-09-15',
      zeitraumBis: '2026-09-30',
      menge: '16',
      einheit: 'Tag (anteilig)',
      einheitCode: 'DAY',
      basismenge: '30',
      satz: '1485.00',
      betrag: '792.00',
    });
  });

  it('bills D.8 occupied days × Tagessatz plus the additional carer', async () => {
    const muki = await t.als('verwaltung@mukiberlin.demo');
    const res = await muki.post('/api/abschluesse', { monat: '2026-09' });
    expect(res.statusCode).toBe(201);
    const r = (await muki.get(`/api/rechnungen/${res.json().rechnungen[0].id}`)).json();
    const zeilen = r.positionen.map(
      (p: { aktenzeichenJugendamt: string; menge: string; einheit: string; betrag: string }) => [
        p.aktenzeichenJugendamt,
        p.menge,
        p.einheit,
        p.betrag,
      ],
    );
    expect(zeilen).toEqual([
      ['MI-Jug-2026-088', '30', 'Tag', '9374.10'],
      ['MI-Jug-2026-088', '30', 'Tag (weitere Person)', '1254.00'],
      ['MI-Jug-2026-131', '30', 'Tag', '11946.00'],
      ['MI-Jug-2026-150', '30', 'Tag', '7368.00'],
    ]);
    expect(r.summe).toBe('29942.10');
  });

  it('refuses a Hilfe whose billing data the rules cannot bill with 422 naming its case, changing nothing', async () => {
    const muki = await t.als('verwaltung@mukiberlin.demo');
    const [ziel] = await system<{ id: string; weiterePerson: unknown }[]>((tx) =>
      tx
        .select({ id: hilfe.id, weiterePerson: hilfe.weiterePerson })
        .from(hilfe)
        .innerJoin(fall, eq(fall.id, hilfe.fallId))
        .where(eq(fall.aktenzeichen, 'MUKI-2026-001')),
    );
    const kaputt = { satz: '41.80', zeitraeume: [{ von: '2026-08-20', bis: '2026-08-10' }] };
    await system((tx) => tx.update(hilfe).set({ weiterePerson: kaputt }).where(eq(hilfe.id, ziel.id)));
    const vorher = await bestand();
    const res = await muki.post('/api/abschluesse', { monat: '2026-08' });
    await system((tx) =>
      tx.update(hilfe).set({ weiterePerson: ziel.weiterePerson }).where(eq(hilfe.id, ziel.id)),
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toMatch(/Fall MUKI-2026-001.*liegt vor dem Beginn 2026-08-20/);
    expect(await bestand()).toEqual(vorher);
  });

  it.each(ROLLEN)('who may close: %s', async (rolle) => {
    // A month that has not ended: allowed roles get past the access check to 422; the rest 403.
    const res = await s[rolle].post('/api/abschluesse', { monat: '2099-01' });
    expect(res.statusCode).toBe(['leitung', 'verwaltung'].includes(rolle) ? 422 : 403);
  });

  it.each(ROLLEN)('who may list the closed months: %s', async (rolle) => {
    const res = await s[rolle].get('/api/abschluesse');
    expect(res.statusCode).toBe(['administration', 'leitung', 'verwaltung'].includes(rolle) ? 200 : 403);
  });
});

describe('GET /api/abschluesse/:monat/vorschau and /offen', () => {
  it('shows per Jugendamt what the close will write, with hours above the granted volume, and writes nothing', async () => {
    const offen = (await s.verwaltung.get('/api/abschluesse/offen')).json();
    // Oldest first, October is closed already, November has not ended.
    expect(offen).toEqual([...offen].sort());
    expect(offen).toContain('2026-09');
    expect(offen).not.toContain('2026-10');
    expect(offen).not.toContain('2026-11');

    const vorher = await bestand();
    const res = await s.verwaltung.get('/api/abschluesse/2026-09/vorschau');
    expect(res.statusCode).toBe(200);
    const v = res.json();
    expect(await bestand()).toEqual(vorher);
    expect(v.abschliessbar).toBe(true);
    expect(v.jugendaemter).toHaveLength(1);
    expect(v.jugendaemter[0]).toMatchObject({ jugendamt: 'Stadt Wuppertal – Jugendamt' });
    expect(Number(v.jugendaemter[0].stunden)).toBeGreaterThan(0);

    const abschluss = (await s.verwaltung.post('/api/abschluesse', { monat: '2026-09' })).json();
    expect(abschluss.rechnungen.map((r: { summe: string }) => r.summe)).toEqual([v.jugendaemter[0].summe]);
    expect(abschluss.eintraege).toBe(v.eintraege);
    // The warnings are exactly the lines whose hours exceed the Hilfe's granted hours per month.
    const r = (await s.verwaltung.get(`/api/rechnungen/${abschluss.rechnungen[0].id}`)).json();
    const bewilligt = await system<{ id: string; stunden: string | null }[]>((tx) =>
      tx.select({ id: hilfe.id, stunden: hilfe.stundenProMonat }).from(hilfe),
    );
    const ueber = r.positionen.filter((p: { hilfeId: string; menge: string }) => {
      const b = bewilligt.find((h) => h.id === p.hilfeId)?.stunden;
      return b && new Decimal(p.menge).gt(b);
    });
    expect(v.jugendaemter[0].warnungen).toHaveLength(ueber.length);
    for (const w of v.jugendaemter[0].warnungen)
      expect(w).toMatch(
        /^Fall KIJU-\d{4}-\d{3}: [\d,]+ Std\. abgerechnet, bewilligt sind [\d,]+ Std\.\/Monat\.$/,
      );

    expect((await s.verwaltung.get('/api/abschluesse/2026-09/vorschau')).statusCode).toBe(409);
    expect((await s.verwaltung.get('/api/abschluesse/offen')).json()).not.toContain('2026-09');
  });

  it('names what stands in the way: a month not yet over', async () => {
    const v = (await s.verwaltung.get('/api/abschluesse/2026-11/vorschau')).json();
    expect(v.abschliessbar).toBe(false);
    expect(v.hindernisse[0]).toMatch(/noch nicht vorbei.*30\.11\.2026/);
    // Like every month in a path: a month that cannot exist is not found.
    expect((await s.verwaltung.get('/api/abschluesse/2026-13/vorschau')).statusCode).toBe(404);
  });
});

describe('invoices', () => {
  it.each(ROLLEN)('who may see invoices: %s', async (rolle) => {
    const darf = ['administration', 'leitung', 'verwaltung', 'wjh'].includes(rolle);
    const liste = await s[rolle].get('/api/rechnungen');
    expect(liste.statusCode).toBe(darf ? 200 : 403);
    const eine = await s[rolle].get(`/api/rechnungen/${abschluss.rechnungen[0].id}`);
    // The Bremerhaven WJH sees invoices addressed to Bremerhaven only: this one is Wuppertal's.
    expect(eine.statusCode).toBe(!darf ? 403 : rolle === 'wjh' ? 404 : 200);
  });

  it("answers 404 for another organisation's invoice, also for its documents", async () => {
    const bhv = await t.als('leitung@traeger-bremerhaven.demo');
    const id = abschluss.rechnungen[0].id;
    for (const pfad of ['', '/pdf', '/xrechnung']) {
      expect((await bhv.get(`/api/rechnungen/${id}${pfad}`)).statusCode).toBe(404);
    }
    expect((await bhv.post(`/api/rechnungen/${id}/gutschrift`, { grund: 'x' })).statusCode).toBe(404);
  });

  it('shows the Jugendamt its own invoices (WJH)', async () => {
    const liste = (await s.wjh.get('/api/rechnungen')).json();
    // Two closed by the tests above, three the demo's provider sent for 11/2025–01/2026 (demo/rechnungen.ts).
    expect(liste.length).toBe(5);
    for (const r of liste) expect(r.jugendamt.id).toBe(s.wjh.organisation.id);
    for (const pfad of ['', '/pdf', '/xrechnung']) {
      expect((await s.wjh.get(`/api/rechnungen/${liste[0].id}${pfad}`)).statusCode).toBe(200);
    }
    // Reading is all: a credit note is the provider's to write.
    expect((await s.wjh.post(`/api/rechnungen/${liste[0].id}/gutschrift`, { grund: 'x' })).statusCode).toBe(
      403,
    );
  });

  it('gives Verwaltung the invoice without case narrative', async () => {
    const r = await s.verwaltung.get(`/api/rechnungen/${abschluss.rechnungen[0].id}`);
    expect(r.body).not.toContain(GEHEIM);
    const pdf = await s.verwaltung.get(`/api/rechnungen/${abschluss.rechnungen[0].id}/pdf`);
    expect(pdfText(pdf.rawPayload)).not.toContain('Vertraulich');
  });

  it('renders the PDF', async () => {
    const res = await s.verwaltung.get(`/api/rechnungen/${abschluss.rechnungen[0].id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="RE-\d{4}-00001\.pdf"/);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const inhalt = pdfText(res.rawPayload);
    expect(inhalt).toContain(abschluss.rechnungen[0].nummer);
    expect(inhalt).toContain('WUP-51-2026-0142');
  });

  it('renders an XRechnung from a real close that passes the XRechnung rules', async () => {
    const res = await s.verwaltung.get(`/api/rechnungen/${abschluss.rechnungen[0].id}/xrechnung`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    const xml = res.body;
    expect(xmllintFehler(xml)).toBe('');
    // The official checks run on every invoice of every demo provider in monatsabschluss-demo.test.ts.
    expect(verletzteRegeln(xml)).toEqual([]);
    expect(text(xml, '/Invoice/BuyerReference')).toBe('05124000-00001-55');
    expect(text(xml, '/Invoice/LegalMonetaryTotal/PayableAmount')).toBe(abschluss.rechnungen[0].summe);
  });

  it('exports the month as a DATEV Buchungsstapel', async () => {
    const res = await s.verwaltung.get('/api/abschluesse/2026-10/datev');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const zeilen = res.rawPayload.toString('latin1').split('\r\n');
    expect(zeilen[0]).toMatch(/^"EXTF";700;21;"Buchungsstapel"/);
    expect(zeilen.filter((z) => z.includes(abschluss.rechnungen[0].nummer))).toHaveLength(1);
    expect((await s.verwaltung.get('/api/abschluesse/2026-07/datev')).statusCode).toBe(404);
    expect((await s.fachkraft.get('/api/abschluesse/2026-10/datev')).statusCode).toBe(403);
  });
});

describe('POST /api/rechnungen/:id/status', () => {
  it('marks an invoice sent, then paid, with the days; refuses impossible days and a paid credit note', async () => {
    const id = abschluss.rechnungen[0].id;
    const datum = (await s.verwaltung.get(`/api/rechnungen/${id}`)).json().rechnungsdatum;
    expect((await s.verwaltung.get(`/api/rechnungen/${id}`)).json().status).toBe('erstellt');
    const vorher = await bestand();
    for (const [body, feld] of [
      [{ status: 'versendet', datum: '2026-10-01' }, /zwischen dem Rechnungsdatum/],
      [{ status: 'bezahlt', datum: '2026-12-24' }, /und heute \(25\.11\.2026\)/],
      [{ status: 'storniert', datum: datum }, /versendet.*bezahlt/],
    ] as const) {
      const res = await s.verwaltung.post(`/api/rechnungen/${id}/status`, body);
      expect(res.statusCode).toBe(422);
      expect(res.body).toMatch(feld);
    }
    expect(await bestand()).toEqual(vorher);
    const versendet = await s.verwaltung.post(`/api/rechnungen/${id}/status`, { status: 'versendet', datum });
    expect(versendet.json()).toMatchObject({ status: 'versendet', versendetAm: datum, bezahltAm: null });
    const bezahlt = await s.verwaltung.post(`/api/rechnungen/${id}/status`, {
      status: 'bezahlt',
      datum: '2026-11-25',
    });
    expect(bezahlt.json()).toMatchObject({ status: 'bezahlt', versendetAm: datum, bezahltAm: '2026-11-25' });
    const liste = (await s.verwaltung.get('/api/rechnungen')).json();
    const gutschrift = liste.find((r: { art: string }) => r.art === 'gutschrift');
    if (gutschrift) {
      const res = await s.verwaltung.post(`/api/rechnungen/${gutschrift.id}/status`, {
        status: 'bezahlt',
        datum: '2026-11-25',
      });
      expect(res.statusCode).toBe(422);
      expect(res.body).toMatch(/Gutschrift wird nicht bezahlt/);
    }
    expect(
      (await s.wjh.post(`/api/rechnungen/${id}/status`, { status: 'bezahlt', datum: '2026-11-25' }))
        .statusCode,
    ).toBe(403);
  });

  it('calls an invoice storniert once credit notes take back all of it', async () => {
    const bhv = await t.als('verwaltung@traeger-bremerhaven.demo');
    const [r] = (await bhv.get('/api/rechnungen?monat=2026-09')).json();
    expect(r.status).not.toBe('storniert');
    const res = await bhv.post(`/api/rechnungen/${r.id}/gutschrift`, {
      grund: 'Rechnung ging an das falsche Amt',
    });
    expect(res.statusCode).toBe(201);
    expect((await bhv.get(`/api/rechnungen/${r.id}`)).json()).toMatchObject({
      status: 'storniert',
      gutgeschrieben: r.summe,
    });
  });
});

describe('POST /api/rechnungen/:id/gutschrift', () => {
  it('credits part of a line with the next number; the invoice stays as it was', async () => {
    const id = abschluss.rechnungen[0].id;
    const vorher = (await s.verwaltung.get(`/api/rechnungen/${id}`)).json();
    const res = await s.verwaltung.post(`/api/rechnungen/${id}/gutschrift`, {
      grund: 'Termin doppelt erfasst',
      positionen: [{ nr: 1, menge: '1.5' }],
    });
    expect(res.statusCode).toBe(201);
    const g = res.json();
    expect(g).toMatchObject({
      art: 'gutschrift',
      bezugRechnungId: id,
      bezugNummer: vorher.nummer,
      summe: '101.10',
    });
    expect(g.positionen[0].text).toMatch(/^Korrektur \(Termin doppelt erfasst\)/);
    const xml = (await s.verwaltung.get(`/api/rechnungen/${g.id}/xrechnung`)).body;
    expect(text(xml, '/CreditNote/CreditNoteTypeCode')).toBe('381');
    expect(verletzteRegeln(xml)).toEqual([]);
    const nachher = (await s.verwaltung.get(`/api/rechnungen/${id}`)).json();
    expect({ ...nachher, gutgeschrieben: vorher.gutgeschrieben }).toEqual(vorher);
    expect(nachher.gutgeschrieben).toBe('101.10');
  });

  it('refuses to credit more than a line still carries, and a credit of a credit note; nothing changes', async () => {
    const id = abschluss.rechnungen[0].id;
    const r = (await s.verwaltung.get(`/api/rechnungen/${id}`)).json();
    const vorher = await bestand();
    const zuViel = await s.verwaltung.post(`/api/rechnungen/${id}/gutschrift`, {
      grund: 'x',
      positionen: [{ nr: 1, menge: r.positionen[0].menge }],
    });
    expect(zuViel.statusCode).toBe(422);
    expect(JSON.stringify(zuViel.json())).toMatch(/nur noch/);
    const liste = (await s.verwaltung.get('/api/rechnungen')).json();
    const g = liste.find((x: { art: string }) => x.art === 'gutschrift');
    expect((await s.verwaltung.post(`/api/rechnungen/${g.id}/gutschrift`, { grund: 'x' })).statusCode).toBe(
      409,
    );
    expect((await s.fachkraft.post(`/api/rechnungen/${id}/gutschrift`, { grund: 'x' })).statusCode).toBe(403);
    expect(await bestand()).toEqual(vorher);
  });

  it('keeps invoice numbers gapless per organisation and year, credit notes included', async () => {
    expect((await s.leitung.post('/api/abschluesse', { monat: '2026-08' })).statusCode).toBe(201);
    const zeilen = await system<{ org: string; jahr: number; nr: number }[]>((tx) =>
      tx
        .select({ org: rechnung.organisationId, jahr: rechnung.jahr, nr: rechnung.laufnummer })
        .from(rechnung)
        .orderBy(rechnung.organisationId, rechnung.jahr, rechnung.laufnummer),
    );
    const gruppen = new Map<string, number[]>();
    for (const z of zeilen)
      gruppen.set(`${z.org}:${z.jahr}`, [...(gruppen.get(`${z.org}:${z.jahr}`) ?? []), z.nr]);
    for (const nummern of gruppen.values()) expect(nummern).toEqual(nummern.map((_, i) => i + 1));
    expect(Math.max(...[...gruppen.values()].map((n) => n.length))).toBeGreaterThanOrEqual(3);
  });

  it('bills no entry twice: no Hilfe has two hour lines for the same period', async () => {
    const doppelt = await system<{ n: number }[]>((tx) =>
      tx
        .select({ n: count() })
        .from(rechnungsposition)
        .innerJoin(rechnung, eq(rechnung.id, rechnungsposition.rechnungId))
        .where(and(eq(rechnung.art, 'rechnung'), eq(rechnungsposition.einheit, 'Std.')))
        .groupBy(rechnungsposition.hilfeId, rechnungsposition.zeitraumVon)
        .having(sql`count(*) > 1`),
    );
    expect(doppelt).toEqual([]);
  });
});

describe('Trägerbudget', () => {
  it.each(ROLLEN)('who may read the agreement: %s', async (rolle) => {
    const res = await s[rolle].get('/api/budget');
    // KIJU has no agreement (404). The Jugendamt's Fachcontrolling reads the agreements made with it under
    // /api/traegerbudgets (routes/traegerbudgets); this route is the provider's own.
    const darf = ['administration', 'leitung', 'verwaltung'].includes(rolle);
    expect(res.statusCode).toBe(darf ? 404 : 403);
  });

  it('fills the quarters from the Leistungseinträge and reacts to a new hour', async () => {
    const l = await t.als('leitung@traeger-bremerhaven.demo');
    const v = (await l.get('/api/budget')).json();
    expect(v).toMatchObject({
      gesamtbudget: '9000000.00',
      beginn: '2025-01-01',
      monate: 60,
      direktanteil: 0.8,
    });
    const c = (await l.get('/api/budget/controlling')).json();
    expect(c.raten).toHaveLength(60);
    expect(
      c.raten.reduce((s: Decimal, r: { betrag: string }) => s.plus(r.betrag), new Decimal(0)).toFixed(2),
    ).toBe('9000000.00');
    expect(c.planstundenJahr).toBe(30720);
    expect(c.quartale[0]).toMatchObject({ quartal: '2025-Q1', plan: 7680 });
    expect(c.quartale.at(-1).quartal).toBe('2026-Q3');
    // The direct hours of the budget's Hilfen from July to September, summed straight from the rows: own direct
    // time plus the Hilfen's shares of group offers. The demo assigns its hours at random, so the sum is read,
    // not pinned; the quote is ist / plan to four places.
    const [{ minuten }] = (
      (await system<{ rows: { minuten: number }[] }>((tx) =>
        tx.execute(sql`
          select coalesce(sum(m), 0)::int as minuten from (
            select e.minuten as m from leistungseintrag e join hilfe h on h.id = e.hilfe_id
            where e.organisation_id = ${l.organisation.id} and e.datum between '2026-07-01' and '2026-09-30'
              and e.art = 'direkt' and e.gruppenangebot is null
              and h.leistung = 'bremerhaven-ambulant' and h.jugendamt_id = ${v.jugendamt.id}
            union all
            select t.minuten from leistungseintrag_teilnahme t
              join leistungseintrag e on e.id = t.eintrag_id join hilfe h on h.id = t.hilfe_id
            where e.organisation_id = ${l.organisation.id} and e.datum between '2026-07-01' and '2026-09-30'
              and e.art in ('direkt', 'falluebergreifend')
              and h.leistung = 'bremerhaven-ambulant' and h.jugendamt_id = ${v.jugendamt.id}
          ) direkt`),
      )) as unknown as { rows: { minuten: number }[] }
    ).rows;
    const ist = Math.round((minuten * 100) / 60) / 100;
    expect(ist).toBeGreaterThan(0);
    expect(c.quartale.at(-1)).toMatchObject({
      quartal: '2026-Q3',
      plan: 7680,
      ist,
      fachkraft: ist,
      semiprofessionell: 0,
      quote: Number(new Decimal(ist).div(7680).toDecimalPlaces(4, Decimal.ROUND_HALF_UP)),
      unter90: true,
    });
    expect(c.nachverhandlung.ausgeloest).toBe(true);
    expect(c.umsteuerung[0]).toMatchObject({
      jahr: '2025',
      erwartung: { von: 1, bis: 1.15 },
      bewertung: 'darunter',
      leitungsentscheidung: true,
    });
    expect(c.umsteuerung[0]).not.toHaveProperty('erreicht');
    expect(c.laufendesQuartal.quartal).toBe('2026-Q4');

    const fk = await t.als('fachkraft@traeger-bremerhaven.demo');
    const hilfen = (await fk.get('/api/leistungen/hilfen')).json();
    const budgetHilfe = hilfen.find((h: { leistung: string }) => h.leistung === 'bremerhaven-ambulant');
    expect(
      (
        await fk.post('/api/leistungen', {
          datum: '2026-11-16',
          beginn: '08:00',
          ende: '09:00',
          art: 'direkt',
          hilfeId: budgetHilfe.hilfeId,
        })
      ).statusCode,
    ).toBe(201);
    const nachher = (await l.get('/api/budget/controlling')).json();
    expect(nachher.laufendesQuartal.fachkraft).toBeCloseTo(c.laufendesQuartal.fachkraft + 1, 2);
  });

  it('changes the agreement with its version; stale 409; bad input 422; Fachkraft 403', async () => {
    const l = await t.als('leitung@traeger-bremerhaven.demo');
    const v = (await l.get('/api/budget')).json();
    const { id: _id, jugendamt, ...rest } = v;
    const body = { ...rest, jugendamtId: jugendamt.id };
    const ok = await l.put('/api/budget', { ...body, basisleistungStunden: 28000 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ basisleistungStunden: 28000, version: 2 });
    expect((await l.put('/api/budget', body)).statusCode).toBe(409);
    expect((await l.put('/api/budget', { ...body, version: 2, direktanteil: 1.5 })).statusCode).toBe(422);
    const fk = await t.als('fachkraft@traeger-bremerhaven.demo');
    expect((await fk.put('/api/budget', { ...body, version: 2 })).statusCode).toBe(403);
    expect((await fk.get('/api/budget/controlling')).statusCode).toBe(403);
  });
});
