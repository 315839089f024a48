import { audit } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruefeAuditKette } from '../audit/pruefe-kette.ts';
import { type TestApp, testApp } from '../test/test-app.ts';
import { fuehreAufbewahrungAus } from './job.ts';

/** Retention: the dry run, the legal hold and the job, on two case files made old by hand. */
let t: TestApp;
let alt: string;
let gesperrt: string;
beforeAll(async () => {
  t = await testApp();
  const fk = await t.als('fachkraft@kiju.demo');
  const neu = async (aktenzeichen: string, nachname: string) => {
    const res = await fk.post('/api/faelle', {
      aktenzeichen,
      bezeichnung: `Familie ${nachname}`,
      personen: [{ rolle: 'junger_mensch', vorname: 'Alt', nachname, geburtsdatum: '1985-01-31' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    // A case opened on 01.01.1999 without any Hilfe: § 84 SGB X, kept until 01.01.2009, due since.
    await t.db.roh((a) =>
      a(`update fall set erstellt_am = '1999-01-01' where id = '${id}';
         insert into notiz (organisation_id, fall_id, text, autor_id)
           select organisation_id, id, 'Vertraulich ${nachname}', '${fk.benutzer.id}' from fall where id = '${id}';`),
    );
    return id;
  };
  alt = await neu('KIJU-1999-001', 'Vergessenwerden');
  gesperrt = await neu('KIJU-1999-002', 'Gerichtsverfahren');
});
afterAll(() => t.close());

describe('Probelauf GET /api/aufbewahrung', () => {
  it('lists the old case files as due with rule and end, for Leitung and Administration only', async () => {
    const leitung = await t.als('leitung@kiju.demo');
    const res = await leitung.get('/api/aufbewahrung');
    expect(res.statusCode).toBe(200);
    const bericht = res.json();
    expect(bericht.stichtag).toBe('2026-11-25');
    const z = bericht.faelle.find((f: { fallId: string }) => f.fallId === alt);
    expect(z).toMatchObject({
      regel: '84-sgb-x',
      status: 'befristet',
      ende: '2009-01-01',
      faellig: true,
      sperre: null,
    });
    // Running demo cases are never due.
    expect(
      bericht.faelle
        .filter((f: { faellig: boolean }) => f.faellig)
        .map((f: { fallId: string }) => f.fallId)
        .sort(),
    ).toEqual([alt, gesperrt].sort());
    expect((await (await t.als('admin@kiju.demo')).get('/api/aufbewahrung')).statusCode).toBe(200);
    expect((await (await t.als('fachkraft@kiju.demo')).get('/api/aufbewahrung')).statusCode).toBe(403);
    const falsch = await leitung.get('/api/aufbewahrung?stichtag=2026-13-01');
    expect(falsch.statusCode).toBe(422);
  });
});

describe('Löschsperre', () => {
  it('Leitung sets a hold with a reason (audited); others 403, empty reason 422, a second one 409', async () => {
    const leitung = await t.als('leitung@kiju.demo');
    expect(
      (
        await (
          await t.als('fachkraft@kiju.demo')
        ).post(`/api/faelle/${gesperrt}/loeschsperre`, { grund: 'x' })
      ).statusCode,
    ).toBe(403);
    const leer = await leitung.post(`/api/faelle/${gesperrt}/loeschsperre`, { grund: '  ' });
    expect(leer.statusCode).toBe(422);
    expect(leer.json().felder.grund).toBe('Bitte geben Sie den Grund der Löschsperre an.');
    const res = await leitung.post(`/api/faelle/${gesperrt}/loeschsperre`, {
      grund: 'Familiengericht, Az. 12 F 3/26',
    });
    expect(res.statusCode).toBe(201);
    expect(
      (await leitung.post(`/api/faelle/${gesperrt}/loeschsperre`, { grund: 'nochmal' })).statusCode,
    ).toBe(409);
    const zeilen = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressource, 'loeschsperre'), eq(audit.ressourceId, res.json().id))),
    );
    expect(zeilen).toHaveLength(1);
    const bericht = (await leitung.get('/api/aufbewahrung')).json();
    expect(bericht.faelle.find((f: { fallId: string }) => f.fallId === gesperrt)).toMatchObject({
      faellig: false,
      sperre: { grund: 'Familiengericht, Az. 12 F 3/26' },
    });
  });

  it('the standing hold is shown to Leitung and Administration only; none stands: null', async () => {
    const admin = await t.als('admin@kiju.demo');
    const stand = await admin.get(`/api/faelle/${gesperrt}/loeschsperre`);
    expect(stand.statusCode).toBe(200);
    expect(stand.json().sperre).toMatchObject({
      grund: 'Familiengericht, Az. 12 F 3/26',
      aufgehobenAm: null,
    });
    const leitung = await t.als('leitung@kiju.demo');
    expect((await leitung.get(`/api/faelle/${alt}/loeschsperre`)).json()).toEqual({ sperre: null });
    const fk = await t.als('fachkraft@kiju.demo');
    expect((await fk.get(`/api/faelle/${gesperrt}/loeschsperre`)).statusCode).toBe(403);
  });

  it('a case of another organisation answers 404', async () => {
    const tbh = await t.als('leitung@traeger-bremerhaven.demo');
    expect((await tbh.post(`/api/faelle/${alt}/loeschsperre`, { grund: 'x' })).statusCode).toBe(404);
    expect((await tbh.get(`/api/faelle/${gesperrt}/loeschsperre`)).statusCode).toBe(404);
  });
});

describe('Job: anonymisieren', () => {
  it('anonymises the due file in one transaction with an audit row, leaves the held one, chain whole', async () => {
    const erledigt = await fuehreAufbewahrungAus(t.db, '2026-11-25');
    expect(erledigt.map((e) => e.fall.fallId)).toEqual([alt]);
    const [p] = await t.db.roh((a) =>
      a(`select vorname, nachname, geburtsdatum from person where fall_id = '${alt}'`),
    );
    expect(p).toEqual({ vorname: 'anonymisiert', nachname: 'anonymisiert', geburtsdatum: null });
    const [n] = await t.db.roh((a) => a(`select text from notiz where fall_id = '${alt}'`));
    expect(n.text).toBe('anonymisiert');
    const [g] = await t.db.roh((a) => a(`select nachname from person where fall_id = '${gesperrt}'`));
    expect(g.nachname).toBe('Gerichtsverfahren');
    const [zeile] = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.aktion, 'anonymisieren'), eq(audit.ressourceId, alt))),
    );
    expect(zeile.details).toMatchObject({
      regel: '84-sgb-x',
      faelligAm: '2009-01-01',
      zeilen: { person: 1, notiz: 1 },
    });
    expect(JSON.stringify(zeile)).not.toContain('Vergessenwerden');
    expect(await pruefeAuditKette(t.db)).toMatchObject({ ok: true });
    // A second run finds nothing: the file is anonymised once.
    expect(await fuehreAufbewahrungAus(t.db, '2026-11-25')).toEqual([]);
  });

  it('after lifting the hold the file is due again; lifting twice answers 404', async () => {
    const leitung = await t.als('leitung@kiju.demo');
    expect(
      (await (await t.als('admin@kiju.demo')).del(`/api/faelle/${gesperrt}/loeschsperre`)).statusCode,
    ).toBe(403);
    expect((await leitung.del(`/api/faelle/${gesperrt}/loeschsperre`)).statusCode).toBe(200);
    expect((await leitung.del(`/api/faelle/${gesperrt}/loeschsperre`)).statusCode).toBe(404);
    const bericht = (await leitung.get('/api/aufbewahrung')).json();
    expect(bericht.faelle.find((f: { fallId: string }) => f.fallId === gesperrt).faellig).toBe(true);
  });
});
