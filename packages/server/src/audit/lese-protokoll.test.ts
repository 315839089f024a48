import { audit } from '@hilfewerk/db';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallId, type TestApp, testApp } from '../test/test-app.ts';
import { pruefeAuditKette } from './pruefe-kette.ts';

/** Reads of social data leave a row: case files, name searches, invoice documents, DATEV exports. */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const zeilenVon = (benutzerId: string) =>
  t.db.withSystemTx((tx) =>
    tx.select().from(audit).where(eq(audit.benutzerId, benutzerId)).orderBy(desc(audit.nummer)),
  );

describe('Protokoll des Lesens', () => {
  it('records reading a case file, by id, and a refusal (not a read) when the file is refused', async () => {
    const fk = await t.als('fachkraft@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-001');
    expect((await fk.get(`/api/faelle/${id}`)).statusCode).toBe(200);
    const [zeile] = await zeilenVon(fk.benutzer.id);
    expect(zeile).toMatchObject({ aktion: 'lesen', ressource: 'fall', ressourceId: id, details: {} });

    const fremd = await fallId(
      t,
      (await t.db.roh((a) => a("select aktenzeichen from fall where aktenzeichen like 'TBH%' limit 1")))[0]
        .aktenzeichen as string,
    );
    expect((await fk.get(`/api/faelle/${fremd}`)).statusCode).toBe(404);
    // Not a read: the refusal itself is the row (audit/verweigerung.ts).
    const [verweigert] = await zeilenVon(fk.benutzer.id);
    expect(verweigert).toMatchObject({ aktion: 'verweigern', ressource: 'zugriff', ressourceId: fremd });
  });

  it('records a name search with the cases shown, never the search term; a plain list is not a search', async () => {
    const leitung = await t.als('leitung@kiju.demo');
    const vorher = (await zeilenVon(leitung.benutzer.id)).length;
    expect((await leitung.get('/api/faelle')).statusCode).toBe(200);
    expect((await zeilenVon(leitung.benutzer.id)).length).toBe(vorher);

    const res = await leitung.get('/api/faelle?suche=Beispiel');
    expect(res.statusCode).toBe(200);
    const gefunden = (res.json() as { id: string }[]).map((f) => f.id);
    expect(gefunden.length).toBeGreaterThan(0);
    const [zeile] = await zeilenVon(leitung.benutzer.id);
    expect(zeile).toMatchObject({ aktion: 'suchen', ressource: 'fall', ressourceId: null });
    expect(zeile.details).toEqual({ treffer: gefunden, gesamtzahl: gefunden.length });
    const alles = JSON.stringify(await t.db.withSystemTx((tx) => tx.select().from(audit)));
    expect(alles).not.toContain('Beispiel');
  });

  it('records downloads of invoice documents and DATEV exports, not refused ones', async () => {
    const verwaltung = await t.als('verwaltung@kiju.demo');
    const abschluss = await verwaltung.post('/api/abschluesse', { monat: '2026-10' });
    expect(abschluss.statusCode).toBe(201);
    const rechnungId = abschluss.json().rechnungen[0].id as string;
    expect((await verwaltung.get(`/api/rechnungen/${rechnungId}/pdf`)).statusCode).toBe(200);
    expect((await zeilenVon(verwaltung.benutzer.id))[0]).toMatchObject({
      aktion: 'exportieren',
      ressource: 'rechnung',
      ressourceId: rechnungId,
      details: { format: 'pdf' },
    });
    expect((await verwaltung.get(`/api/rechnungen/${rechnungId}/xrechnung`)).statusCode).toBe(200);
    expect((await zeilenVon(verwaltung.benutzer.id))[0].details).toEqual({ format: 'xrechnung' });

    expect((await verwaltung.get('/api/abschluesse/2026-10/datev')).statusCode).toBe(200);
    const [datev] = await zeilenVon(verwaltung.benutzer.id);
    expect(datev).toMatchObject({
      aktion: 'exportieren',
      ressource: 'datev',
      ressourceId: abschluss.json().id,
    });
    expect(datev.details).toMatchObject({
      monat: '2026-10',
      rechnungen: expect.arrayContaining([rechnungId]),
    });

    const fk = await t.als('fachkraft@kiju.demo');
    const vorher = (await zeilenVon(fk.benutzer.id)).length;
    expect((await fk.get(`/api/rechnungen/${rechnungId}/pdf`)).statusCode).toBe(403);
    expect((await fk.get('/api/abschluesse/2026-10/datev')).statusCode).toBe(403);
    expect((await zeilenVon(fk.benutzer.id)).length).toBe(vorher);
    const ohneAbschluss = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressource, 'datev'), eq(audit.benutzerId, fk.benutzer.id))),
    );
    expect(ohneAbschluss).toEqual([]);
  });

  it('keeps the chain whole with all these rows', async () => {
    expect(await pruefeAuditKette(t.db)).toMatchObject({ ok: true });
  });
});
