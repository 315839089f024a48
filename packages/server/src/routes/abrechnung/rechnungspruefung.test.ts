import { ROLLEN } from '@hilfewerk/api';
import { audit } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KONTEN } from '../../demo/daten.ts';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';
import { zeilenzahlen } from '../../test/zeilenzahl.ts';

/**
 * The addressed Jugendamt's Wirtschaftliche Jugendhilfe on an incoming invoice: „sachlich richtig“, then
 * „angewiesen“, each once, with day and name, audited. The provider sees both on its invoice and cannot set
 * them; another Jugendamt does not find the invoice. The test day is 25.11.2026, the invoice's date too.
 */
let t: TestApp;
let wjhBhv: TestSitzung;
let wjhWup: TestSitzung;
let verwaltungTbh: TestSitzung;
let rechnungId: string;
let gutschriftId: string;

const zustand = async () => ({
  zahlen: await zeilenzahlen(t, ['audit', 'rechnung']),
  rechnung: (await wjhBhv.get(`/api/rechnungen/${rechnungId}`)).json(),
});
const pruefe = (s: TestSitzung, body: unknown, id = rechnungId) =>
  s.post(`/api/rechnungen/${id}/pruefung`, body);

beforeAll(async () => {
  t = await testApp();
  wjhBhv = await t.als('wjh@jugendamt-bremerhaven.demo');
  wjhWup = await t.als('wjh@jugendamt-wuppertal.demo');
  verwaltungTbh = await t.als('verwaltung@traeger-bremerhaven.demo');
  const abschluss = await verwaltungTbh.post('/api/abschluesse', { monat: '2026-10' });
  expect(abschluss.statusCode).toBe(201);
  rechnungId = abschluss.json().rechnungen[0].id;
  const g = await verwaltungTbh.post(`/api/rechnungen/${rechnungId}/gutschrift`, {
    grund: 'Test',
    positionen: [{ nr: 1, menge: '0.01' }],
  });
  expect(g.statusCode).toBe(201);
  gutschriftId = g.json().id;
});
afterAll(() => t.close());

describe('Demo', () => {
  it('gives Wuppertal’s WJH KIJU’s 2025 invoices, October „sachlich richtig“, November still to check', async () => {
    const liste = (await wjhWup.get('/api/rechnungen')).json();
    expect(
      liste.map((r: { nummer: string; sachlichRichtig: unknown; aussteller: string }) => [
        r.nummer,
        r.aussteller,
        r.sachlichRichtig,
      ]),
    ).toEqual([
      ['RE-2025-00002', 'KIJU Wuppertal e. V.', null],
      ['RE-2025-00001', 'KIJU Wuppertal e. V.', { am: '2025-11-12', von: 'Walter Zahlstelle' }],
    ]);
  });
});

describe('POST /api/rechnungen/:id/pruefung', () => {
  it('lists the incoming invoice for the WJH with its issuer and no step yet', async () => {
    const liste = (await wjhBhv.get('/api/rechnungen')).json();
    expect(liste.find((r: { id: string }) => r.id === rechnungId)).toMatchObject({
      aussteller: 'Träger Bremerhaven gGmbH',
      sachlichRichtig: null,
      angewiesen: null,
    });
    expect((await wjhBhv.get(`/api/rechnungen/${rechnungId}/pdf`)).statusCode).toBe(200);
    expect((await wjhBhv.get(`/api/rechnungen/${rechnungId}/xrechnung`)).statusCode).toBe(200);
  });

  it('refuses „angewiesen“ before „sachlich richtig“ (409) and changes nothing', async () => {
    const vorher = await zustand();
    const res = await pruefe(wjhBhv, { schritt: 'angewiesen', datum: '2026-11-25' });
    expect(res.statusCode).toBe(409);
    expect(res.json().fehler).toBe(
      'Angewiesen werden kann die Rechnung erst, wenn sie sachlich richtig ist.',
    );
    expect(await zustand()).toEqual(vorher);
  });

  it.each([
    [{ schritt: 'sachlich-richtig', datum: '2026-11-26' }, /heute \(25\.11\.2026\)/],
    [{ schritt: 'sachlich-richtig', datum: '2026-11-24' }, /Rechnungsdatum 25\.11\.2026/],
    [{ schritt: 'bezahlt', datum: '2026-11-25' }, /sachlich-richtig/],
    [{ schritt: 'sachlich-richtig', datum: '25.11.2026' }, /JJJJ-MM-TT/],
    [{ schritt: 'sachlich-richtig' }, /.+/],
  ])('refuses %j with 422 and changes nothing', async (body, meldung) => {
    const vorher = await zustand();
    const res = await pruefe(wjhBhv, body);
    expect(res.statusCode).toBe(422);
    expect(Object.values(res.json().felder ?? { x: res.json().fehler }).join(' ')).toMatch(meldung);
    expect(await zustand()).toEqual(vorher);
  });

  it('refuses an invoice that credit notes took back entirely (409)', async () => {
    const kiju = await t.als('verwaltung@kiju.demo');
    const [offen] = (await wjhWup.get('/api/rechnungen')).json() as { id: string; nummer: string }[];
    const r = (await kiju.get(`/api/rechnungen/${offen.id}`)).json();
    const g = await kiju.post(`/api/rechnungen/${offen.id}/gutschrift`, {
      grund: 'Storno',
      positionen: r.positionen.map((p: { nr: number; menge: string }) => ({ nr: p.nr, menge: p.menge })),
    });
    expect(g.statusCode, g.body).toBe(201);
    const vorher = await zeilenzahlen(t, ['audit', 'rechnung']);
    const res = await pruefe(wjhWup, { schritt: 'sachlich-richtig', datum: '2026-11-25' }, offen.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().fehler).toMatch(/storniert/);
    expect(await zeilenzahlen(t, ['audit', 'rechnung'])).toEqual(vorher);
  });

  it('refuses a credit note (409)', async () => {
    const res = await pruefe(wjhBhv, { schritt: 'sachlich-richtig', datum: '2026-11-25' }, gutschriftId);
    expect(res.statusCode).toBe(409);
  });

  it('records „sachlich richtig“ with day and name, audited, once', async () => {
    const res = await pruefe(wjhBhv, { schritt: 'sachlich-richtig', datum: '2026-11-25' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      sachlichRichtig: { am: '2026-11-25', von: 'Wiebke Kasse' },
      angewiesen: null,
    });
    const zeilen = await t.db.withSystemTx((tx) =>
      tx
        .select({ org: audit.organisationId, wer: audit.benutzerId })
        .from(audit)
        .where(and(eq(audit.ressourceId, rechnungId), eq(audit.aktion, 'aendern'))),
    );
    expect(zeilen).toEqual([{ org: wjhBhv.organisation.id, wer: wjhBhv.benutzer.id }]);
    const vorher = await zustand();
    const nochmal = await pruefe(wjhBhv, { schritt: 'sachlich-richtig', datum: '2026-11-25' });
    expect(nochmal.statusCode).toBe(409);
    expect(nochmal.json().fehler).toMatch(/bereits seit dem 25\.11\.2026 sachlich richtig/);
    expect(await zustand()).toEqual(vorher);
  });

  it('then records „angewiesen“; the provider sees both steps on its invoice', async () => {
    const res = await pruefe(wjhBhv, { schritt: 'angewiesen', datum: '2026-11-25' });
    expect(res.statusCode).toBe(200);
    expect(res.json().angewiesen).toEqual({ am: '2026-11-25', von: 'Wiebke Kasse' });
    const beimTraeger = (await verwaltungTbh.get(`/api/rechnungen/${rechnungId}`)).json();
    expect(beimTraeger).toMatchObject({
      sachlichRichtig: { am: '2026-11-25', von: 'Wiebke Kasse' },
      angewiesen: { am: '2026-11-25', von: 'Wiebke Kasse' },
    });
    expect((await pruefe(wjhBhv, { schritt: 'angewiesen', datum: '2026-11-25' })).statusCode).toBe(409);
    // „bezahlt“ stays the provider's own record.
    expect(
      (
        await verwaltungTbh.post(`/api/rechnungen/${rechnungId}/status`, {
          status: 'bezahlt',
          datum: '2026-11-25',
        })
      ).statusCode,
    ).toBe(200);
  });

  it('answers 404 to another Jugendamt’s WJH and for an unknown invoice', async () => {
    const vorher = await zustand();
    expect((await pruefe(wjhWup, { schritt: 'sachlich-richtig', datum: '2026-11-25' })).statusCode).toBe(404);
    expect(
      (
        await pruefe(
          wjhBhv,
          { schritt: 'sachlich-richtig', datum: '2026-11-25' },
          '00000000-0000-4000-8000-000000000000',
        )
      ).statusCode,
    ).toBe(404);
    expect(await zustand()).toEqual(vorher);
  });

  it.each(ROLLEN.filter((r) => r !== 'wjh'))(
    'refuses %s (403), the provider’s staff included',
    async (rolle) => {
      const konto = (
        KONTEN.find((k) => k.rolle === rolle && k.org === 'tbh') ?? KONTEN.find((k) => k.rolle === rolle)
      )?.email as string;
      // Logged in first: the login writes its own audit row.
      const s = await t.als(konto);
      const vorher = await zustand();
      const res = await pruefe(s, { schritt: 'sachlich-richtig', datum: '2026-11-25' });
      expect(res.statusCode).toBe(403);
      expect(await zustand()).toEqual(vorher);
    },
  );
});
