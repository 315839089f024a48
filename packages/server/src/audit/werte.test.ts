import { audit } from '@hilfewerk/db';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallId, type TestApp, testApp } from '../test/test-app.ts';
import { pruefeAuditKette } from './pruefe-kette.ts';
import { MASKE_ALT, MASKE_NEU, wertAenderungen } from './werte.ts';

describe('wertAenderungen', () => {
  it('keeps changed fields only, in clear unless the resource masks them', () => {
    expect(
      wertAenderungen(
        'hilfe',
        { geplantesEnde: '2027-01-01', beginn: '2026-01-01', endegrund: null },
        { geplantesEnde: '2027-02-01', beginn: '2026-01-01', endegrund: 'Umzug der Familie' },
        ['geplantesEnde', 'beginn', 'endegrund'],
      ),
    ).toEqual({
      geplantesEnde: { alt: '2027-01-01', neu: '2027-02-01' },
      endegrund: { alt: null, neu: MASKE_NEU },
    });
  });

  it('masks special categories and identity: notes of events, complaint texts, names', () => {
    expect(wertAenderungen('ereignis', { notiz: 'a' }, { notiz: 'b' }, ['notiz'])).toEqual({
      notiz: { alt: MASKE_ALT, neu: MASKE_NEU },
    });
    expect(wertAenderungen('beschwerde', { text: 'x' }, { text: 'y' }, ['text']).text.neu).toBe(MASKE_NEU);
    expect(wertAenderungen('person', { nachname: 'A' }, { nachname: 'B' }, ['nachname']).nachname.alt).toBe(
      MASKE_ALT,
    );
  });
});

/** The stored rows, through the application: what a change writes, and what it never writes. */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const letzteZeile = async (ressource: string, ressourceId: string) =>
  (
    await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressource, ressource), eq(audit.ressourceId, ressourceId)))
        .orderBy(desc(audit.nummer))
        .limit(1),
    )
  )[0];

describe('Alte und neue Werte im Protokoll', () => {
  it('records old and new values of a Hilfe change, masked free text never in clear, chain whole', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-001');
    const akte = (await s.get(`/api/faelle/${id}`)).json();
    const h = akte.hilfen[0];
    const res = await s.patch(`/api/faelle/${id}/hilfen/${h.id}`, {
      version: h.version,
      geplantesEnde: '2027-03-31',
    });
    expect(res.statusCode).toBe(200);
    const zeile = await letzteZeile('hilfe', h.id);
    expect(zeile.details).toMatchObject({
      felder: ['geplantesEnde'],
      werte: { geplantesEnde: { alt: h.geplantesEnde ?? null, neu: '2027-03-31' } },
    });
    expect(await pruefeAuditKette(t.db)).toMatchObject({ ok: true });
  });

  it('masks a person name change: the new and old name appear in no audit row', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-001');
    const p = (await s.get(`/api/faelle/${id}`)).json().personen[0];
    const res = await s.patch(`/api/faelle/${id}/personen/${p.id}`, {
      version: p.version,
      vorname: 'Zacharias-Geheim',
    });
    expect(res.statusCode).toBe(200);
    const zeile = await letzteZeile('person', p.id);
    expect(zeile.details).toMatchObject({ werte: { vorname: { alt: MASKE_ALT, neu: MASKE_NEU } } });
    const alles = JSON.stringify(await t.db.withSystemTx((tx) => tx.select().from(audit)));
    expect(alles).not.toContain('Zacharias-Geheim');
    expect(alles).not.toContain(`"${p.vorname}"`);
    expect(await pruefeAuditKette(t.db)).toMatchObject({ ok: true });
  });

  it('masks the note of a corrected event', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-001');
    const neu = await s.post(`/api/faelle/${id}/ereignisse`, {
      art: 'krise',
      datum: '2026-11-20',
      notiz: 'alt',
    });
    expect(neu.statusCode).toBe(201);
    const e = neu.json();
    const res = await s.patch(`/api/faelle/${id}/ereignisse/${e.id}`, {
      version: e.version,
      notiz: 'Diagnose-Geheimnis',
      datum: '2026-11-21',
    });
    expect(res.statusCode).toBe(200);
    const zeile = await letzteZeile('ereignis', e.id);
    expect(zeile.details).toMatchObject({
      werte: { notiz: { alt: MASKE_ALT, neu: MASKE_NEU }, datum: { alt: '2026-11-20', neu: '2026-11-21' } },
    });
    expect(JSON.stringify(zeile)).not.toContain('Diagnose-Geheimnis');
  });

  it('records a role change of an account and a reminder setting with old and new value', async () => {
    const admin = await t.als('admin@kiju.demo');
    const konten = (await admin.get('/api/benutzer')).json() as {
      id: string;
      email: string;
      rolle: string;
    }[];
    const fk =
      konten.find((b) => b.email === 'verwaltung@kiju.demo') ?? konten.find((b) => b.rolle === 'fachkraft');
    if (!fk) throw new Error('kein Konto');
    const neueRolle = fk.rolle === 'fachkraft' ? 'verwaltung' : 'fachkraft';
    expect((await admin.patch(`/api/benutzer/${fk.id}`, { rolle: neueRolle })).statusCode).toBe(200);
    expect((await letzteZeile('benutzer', fk.id)).details).toMatchObject({
      werte: { rolle: { alt: fk.rolle, neu: neueRolle } },
    });
  });
});
