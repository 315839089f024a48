import { audit } from '@hilfewerk/db';
import { count } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { fallId, type TestApp, testApp } from '../test/test-app.ts';
import { heute } from '../use-cases/fristen/intern/heute.ts';
import { pruefeAuditKette } from './pruefe-kette.ts';

/**
 * The hash chain over the audit log. Each case tampers with a copy of the demo database as the
 * superuser (who bypasses every rule of the application) and expects the check to name the entry.
 */
let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const roh = (s: string) => (t as TestApp).db.roh((abfrage) => abfrage(s));

/** The KIJU organisation's chain as stored: number, id, hash. */
async function kijuKette() {
  return (await roh(`select a.nummer::int as nummer, a.id::text as id, a.organisation_id::text as org
    from audit a join organisation o on o.id = a.organisation_id where o.name = 'KIJU Wuppertal' order by a.nummer`)) as {
    nummer: number;
    id: string;
    org: string;
  }[];
}

/** Audit rows through the application: logins and notes of two KIJU users. */
async function schreibeEinige(app: TestApp) {
  const fk = await app.als('fachkraft@kiju.demo');
  const [fall] = (await fk.get('/api/faelle')).json() as { id: string }[];
  for (let i = 0; i < 3; i++) {
    expect((await fk.post(`/api/faelle/${fall.id}/notizen`, { text: `Notiz ${i}` })).statusCode).toBe(201);
  }
}

describe('Hash-Kette des Protokolls', () => {
  it('is whole after the demo and ordinary work, numbered without gaps per organisation', async () => {
    t = await testApp();
    await schreibeEinige(t);
    const [{ n }] = await t.db.withSystemTx((tx) => tx.select({ n: count() }).from(audit));
    expect(await pruefeAuditKette(t.db)).toEqual({ ok: true, eintraege: n });
    // Read in pages of 3: the same result across page borders.
    expect(await pruefeAuditKette(t.db, { seite: 3 })).toEqual({ ok: true, eintraege: n });
    const kette = await kijuKette();
    expect(kette.map((z) => z.nummer)).toEqual(kette.map((_, i) => i + 1));
  });

  it('chains the § 8a rows too: the Fachkraft starting a procedure, the iefk reading and advising', async () => {
    t = await testApp();
    const fk = await t.als('fachkraft@kiju.demo');
    const iefk = await t.als('iefk@kiju.demo');
    const tag = heute();
    const start = await fk.post('/api/kinderschutz', {
      fallId: await fallId(t, 'KIJU-2026-001'),
      anhaltspunkte: 'Blaue Flecken am Arm.',
      datum: tag,
    });
    expect(start.statusCode, start.body).toBe(201);
    const vid = start.json().id as string;
    const einschaetzung = await fk.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'gefaehrdungseinschaetzung',
      datum: tag,
      inhalt: {
        beteiligte: ['Fachkraft Eins', 'Leitung Zwei'],
        einschaetzung: 'gefaehrdung',
        begruendung: 'x',
      },
    });
    expect(einschaetzung.statusCode, einschaetzung.body).toBe(201);
    expect((await iefk.get(`/api/kinderschutz/${vid}/vignette`)).statusCode).toBe(200);
    const beratung = await iefk.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'iefk-beratung',
      datum: tag,
      inhalt: { empfehlung: 'Gespräch mit Elternteil A.' },
    });
    expect(beratung.statusCode, beratung.body).toBe(201);

    const zeilen = (await roh(`select ressource, aktion, nummer::int as nummer, hash from audit
      where ressource like 'kinderschutz%' order by nummer`)) as {
      ressource: string;
      nummer: number;
      hash: string;
    }[];
    expect(zeilen.map((z) => z.ressource)).toEqual(
      expect.arrayContaining(['kinderschutzverfahren', 'kinderschutzschritt', 'kinderschutzVignette']),
    );
    for (const z of zeilen) {
      expect(z.nummer).toBeGreaterThan(0);
      expect(z.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    const [{ n }] = await t.db.withSystemTx((tx) => tx.select({ n: count() }).from(audit));
    expect(await pruefeAuditKette(t.db)).toEqual({ ok: true, eintraege: n });
  });

  it('stays whole under concurrent writers of one organisation', async () => {
    t = await testApp();
    const app = t;
    const konten = ['fachkraft@kiju.demo', 'leitung@kiju.demo', 'semiprofessionell@kiju.demo'];
    const sitzungen = await Promise.all(konten.map((k) => app.als(k)));
    // The case whose team holds the Fachkraft and the semiprofessional colleague.
    const fall = { id: await fallId(app, 'KIJU-2026-001') };
    const antworten = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        sitzungen[i % 3].post(`/api/faelle/${fall.id}/notizen`, { text: `parallel ${i}` }),
      ),
    );
    expect(antworten.map((r) => r.statusCode)).toEqual(antworten.map(() => 201));
    const r = await pruefeAuditKette(t.db);
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  });

  it('names a changed entry', async () => {
    t = await testApp();
    await schreibeEinige(t);
    const kette = await kijuKette();
    const opfer = kette[Math.floor(kette.length / 2)];
    await roh(`update audit set ressource = 'fall' where id = '${opfer.id}'`);
    const r = await pruefeAuditKette(t.db);
    expect(r).toMatchObject({
      ok: false,
      bruch: {
        organisation: 'KIJU Wuppertal',
        nummer: opfer.nummer,
        id: opfer.id,
        grund: expect.stringMatching(/verändert/),
      },
    });
  });

  it('names a changed entry whose own hash was recomputed, at the next link', async () => {
    t = await testApp();
    await schreibeEinige(t);
    const kette = await kijuKette();
    const opfer = kette[1];
    await roh(`update audit set ip = '10.6.6.6' where id = '${opfer.id}'`);
    await roh(`update audit a set hash = hw_audit_hash(a) where id = '${opfer.id}'`);
    const r = await pruefeAuditKette(t.db);
    expect(r).toMatchObject({
      ok: false,
      bruch: { nummer: opfer.nummer + 1, grund: expect.stringMatching(/vorherigen/) },
    });
  });

  it('names a deleted entry, in the middle and at the end', async () => {
    t = await testApp();
    await schreibeEinige(t);
    const kette = await kijuKette();
    await roh(`delete from audit where id = '${kette[kette.length - 1].id}'`);
    expect(await pruefeAuditKette(t.db)).toMatchObject({
      ok: false,
      bruch: { nummer: kette.length, id: null, grund: expect.stringMatching(/fehlt/) },
    });
    await roh(`delete from audit where id = '${kette[2].id}'`);
    expect(await pruefeAuditKette(t.db, { seite: 2 })).toMatchObject({
      ok: false,
      bruch: { organisation: 'KIJU Wuppertal', nummer: 3, id: null, grund: expect.stringMatching(/fehlt/) },
    });
  });

  it('names an inserted entry', async () => {
    t = await testApp();
    await schreibeEinige(t);
    const kette = await kijuKette();
    // Written past the trigger, as a forger would, between two existing entries.
    await roh(`alter table audit disable trigger audit_verkette;
      update audit set nummer = nummer + 1000000 where organisation_id = '${kette[0].org}' and nummer >= 3;
      update audit set nummer = nummer - 999999 where organisation_id = '${kette[0].org}' and nummer >= 1000000;
      insert into audit (organisation_id, aktion, ressource, nummer, vorheriger_hash, hash)
        values ('${kette[0].org}', 'lesen', 'fall', 3, '', '');
      alter table audit enable trigger audit_verkette;`);
    const r = await pruefeAuditKette(t.db);
    expect(r).toMatchObject({ ok: false, bruch: { organisation: 'KIJU Wuppertal', nummer: 3 } });
  });
});
