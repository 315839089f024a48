import { audit, benutzer, organisation } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

/**
 * The organisation's invoice data: who may read and change it, that a wrong IBAN, GLN, USt-IdNr. or
 * Leitweg-ID is refused with a German message and changes nothing, and that the page knows when
 * invoices cannot be issued (no seller identifier, EN 16931 BR-CO-26).
 */
const URL = '/api/organisation/rechnungsangaben';
let t: TestApp;
let admin: TestSitzung;

beforeAll(async () => {
  t = await testApp();
  admin = await t.als('admin@kiju.demo');
});
afterAll(() => t.close());

async function gespeichert(orgId: string) {
  return t.db.withSystemTx(async (tx) => {
    const [o] = await tx.select().from(organisation).where(eq(organisation.id, orgId));
    return o;
  });
}

describe('Rechnungsangaben', () => {
  it('the Administration reads them: the demo provider can issue invoices', async () => {
    const res = await admin.get(URL);
    expect(res.statusCode).toBe(200);
    const b = res.json();
    expect(b).toMatchObject({ art: 'traeger', rechnungenMoeglich: true, fehlt: [] });
    expect(b.angaben.registernummer).toBe('VR 3456, Amtsgericht Wuppertal');
  });

  it('Leitung and Verwaltung read, case workers and the iefk do not (403)', async () => {
    for (const email of ['leitung@kiju.demo', 'verwaltung@kiju.demo']) {
      expect((await (await t.als(email)).get(URL)).statusCode).toBe(200);
    }
    for (const email of ['fachkraft@kiju.demo', 'semiprofessionell@kiju.demo', 'iefk@kiju.demo']) {
      expect((await (await t.als(email)).get(URL)).statusCode).toBe(403);
    }
  });

  it('only the Administration changes them', async () => {
    const { angaben } = (await admin.get(URL)).json();
    for (const email of ['leitung@kiju.demo', 'verwaltung@kiju.demo', 'fachkraft@kiju.demo']) {
      const res = await (await t.als(email)).put(URL, { angaben });
      expect(res.statusCode).toBe(403);
    }
  });

  it('without register number, USt-IdNr. and GLN invoices cannot be issued, and the page says why', async () => {
    const { angaben } = (await admin.get(URL)).json();
    const { registernummer: _, ...ohne } = angaben;
    const res = await admin.put(URL, { angaben: ohne });
    expect(res.statusCode).toBe(200);
    expect(res.json().rechnungenMoeglich).toBe(false);
    expect(res.json().fehlt.join(' ')).toContain('BR-CO-26');
    // The month close refuses with the same reason.
    const abschluss = await (await t.als('verwaltung@kiju.demo')).post('/api/abschluesse', {
      monat: '2026-10',
    });
    expect(abschluss.statusCode).toBe(422);
    expect(abschluss.json().fehler).toContain('Registernummer');
    // Back, with a USt-IdNr. instead; the audit row names the fields, tax and bank data masked.
    const zurueck = await admin.put(URL, { angaben: { ...ohne, ustId: 'DE123456789' } });
    expect(zurueck.statusCode).toBe(200);
    expect(zurueck.json().rechnungenMoeglich).toBe(true);
    const zeilen = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressource, 'rechnungsangaben'), eq(audit.organisationId, admin.organisation.id)))
        .orderBy(audit.zeitpunkt),
    );
    expect(zeilen.map((z) => z.details)).toEqual([
      { felder: ['registernummer'], werte: { registernummer: { alt: angaben.registernummer, neu: null } } },
      { felder: ['ustId'], werte: { ustId: { alt: null, neu: '••• (geändert)' } } },
    ]);
    expect(JSON.stringify(zeilen)).not.toContain('DE123456789');
  });

  it('IBAN and BIC are stored in electronic form', async () => {
    const { angaben } = (await admin.get(URL)).json();
    const res = await admin.put(URL, {
      angaben: { ...angaben, iban: 'de02 1203 0000 0000 2020 51', bic: 'byladem1001' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().angaben).toMatchObject({ iban: 'DE02120300000000202051', bic: 'BYLADEM1001' });
  });

  it.each([
    ['iban', { iban: 'DE02120300000000202052' }, 'IBAN'],
    ['gln', { gln: '4012345000007' }, 'Prüfziffer'],
    ['ustId', { ustId: '123456789' }, 'DE123456789'],
    ['bic', { bic: 'XYZ' }, '8 oder 11'],
    ['plz', { plz: '4210' }, '5 Ziffern'],
    ['zahlungszielTage', { zahlungszielTage: 365 }, '120'],
  ])('a wrong %s is refused with a German message and changes nothing', async (feld, falsch, text) => {
    const vorher = await gespeichert(admin.organisation.id);
    const { angaben } = (await admin.get(URL)).json();
    const res = await admin.put(URL, { angaben: { ...angaben, ...falsch } });
    expect(res.statusCode).toBe(422);
    const felder = res.json().felder as Record<string, string>;
    const meldung = Object.entries(felder).find(([k]) => k.endsWith(feld))?.[1];
    expect(meldung).toContain(text);
    expect(await gespeichert(admin.organisation.id)).toEqual(vorher);
  });

  it('a valid GLN (check digit) is accepted', async () => {
    const { angaben } = (await admin.get(URL)).json();
    const res = await admin.put(URL, { angaben: { ...angaben, gln: '4012345000009' } });
    expect(res.statusCode).toBe(200);
  });

  it('a Jugendamt keeps its Leitweg-ID here; a wrong one is refused', async () => {
    const wjh = await t.als('wjh@jugendamt-bremerhaven.demo');
    const gelesen = (await wjh.get(URL)).json();
    expect(gelesen).toMatchObject({ art: 'jugendamt', rechnungenMoeglich: true });
    expect(gelesen.leitwegId).toBe('04011000-12345-03');
    // Jugendämter in the demo have no Administration account: give Bremerhaven one.
    await t.db.withSystemTx(async (tx) => {
      const [vorlage] = await tx.select().from(benutzer).where(eq(benutzer.email, 'admin@kiju.demo'));
      await tx.insert(benutzer).values({
        organisationId: wjh.organisation.id,
        email: 'admin@jugendamt-bremerhaven.demo',
        name: 'Adam Amt',
        passwortHash: vorlage.passwortHash,
        rolle: 'administration',
      });
    });
    const jaAdmin = await t.als('admin@jugendamt-bremerhaven.demo');
    const falsch = await jaAdmin.put(URL, { angaben: gelesen.angaben, leitwegId: '04011000-12345-04' });
    expect(falsch.statusCode).toBe(422);
    expect(falsch.json().felder.leitwegId).toContain('Prüfziffern');
    expect((await gespeichert(wjh.organisation.id)).leitwegId).toBe('04011000-12345-03');
    const ohne = await jaAdmin.put(URL, { angaben: gelesen.angaben, leitwegId: null });
    expect(ohne.json()).toMatchObject({ rechnungenMoeglich: false, fehlt: ['die Leitweg-ID fehlt'] });
    // The provider's admin cannot touch the Jugendamt's data: the row of another organisation is not its own.
    expect((await gespeichert(wjh.organisation.id)).leitwegId).toBeNull();
    const wieder = await jaAdmin.put(URL, { angaben: gelesen.angaben, leitwegId: '04011000-12345-03' });
    expect(wieder.json().rechnungenMoeglich).toBe(true);
  });

  it('a provider cannot set a Leitweg-ID on itself (ignored)', async () => {
    const { angaben } = (await admin.get(URL)).json();
    const res = await admin.put(URL, { angaben, leitwegId: '04011000-12345-03' });
    expect(res.statusCode).toBe(200);
    expect((await gespeichert(admin.organisation.id)).leitwegId).toBeNull();
  });
});
