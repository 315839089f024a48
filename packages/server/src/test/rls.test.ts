import { readFileSync } from 'node:fs';
import { FRISTEN_FUER_DAS_JUGENDAMT } from '@hilfewerk/api';
import {
  anfrage,
  audit,
  benutzer,
  bericht,
  budgetvereinbarung,
  ereignis,
  fall,
  frist,
  hilfe,
  jahresbericht,
  leistungseintrag,
  MANDANTENTABELLEN,
  notiz,
  person,
  posteingang,
  rechnung,
  sitzung,
} from '@hilfewerk/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from './test-app.ts';

/**
 * The second wall: queries run through withTx WITHOUT any organisation filter, as a
 * forgetful use case would, and still see only what row-level security allows.
 */
let t: TestApp;
let leitungKiju: TestSitzung;
let fachkraftKiju: TestSitzung;
let asdBhv: TestSitzung;

const kontext = (s: TestSitzung) => ({
  organisationId: s.organisation.id,
  benutzerId: s.benutzer.id,
  rolle: s.benutzer.rolle,
  organisationArt: s.organisation.art as 'traeger' | 'jugendamt',
});

beforeAll(async () => {
  t = await testApp();
  leitungKiju = await t.als('leitung@kiju.demo');
  fachkraftKiju = await t.als('fachkraft@kiju.demo');
  asdBhv = await t.als('asd@jugendamt-bremerhaven.demo');
});
afterAll(() => t.close());

/** Organisations whose rows are in `tabelle`, each with its row count — read as the system, or as a role. */
async function organisationen(tabelle: string, als?: TestSitzung): Promise<Map<string, number>> {
  const abfrage = sql`select organisation_id::text as org, count(*)::int as n from ${sql.identifier(tabelle)}
                      group by organisation_id`;
  const ergebnis = (await (als
    ? t.db.withTx(kontext(als), (tx) => tx.execute(abfrage))
    : t.db.withSystemTx((tx) => tx.execute(abfrage)))) as unknown as { rows: { org: string; n: number }[] };
  return new Map(ergebnis.rows.map((z) => [z.org, z.n]));
}

describe('Row-level security', () => {
  it('protects every tenant table, forced even for the table owner', async () => {
    const { rows } = (await t.db.withSystemTx((tx) =>
      tx.execute(sql`select relname as t from pg_class
                     where relnamespace = 'public'::regnamespace and relkind = 'r'
                       and relrowsecurity and relforcerowsecurity`),
    )) as unknown as { rows: { t: string }[] };
    const geschuetzt = new Set(rows.map((z) => z.t));
    expect(MANDANTENTABELLEN.filter((tabelle) => !geschuetzt.has(tabelle))).toEqual([]);
  });

  it('shows org A none of org B’s rows in every tenant table of the distribution list', async () => {
    // Rows of other organisations in the tables the demo leaves empty for them, so no check below is vacuous.
    const verwaltung = await t.als('verwaltung@traeger-bremerhaven.demo');
    expect((await verwaltung.post('/api/abschluesse', { monat: '2026-09' })).statusCode).toBe(201);
    const fachkraft = await t.als('fachkraft@traeger-bremerhaven.demo');
    const [fall] = (await fachkraft.get('/api/faelle')).json() as { id: string }[];
    expect(
      (await fachkraft.post(`/api/faelle/${fall.id}/notizen`, { text: 'Gespräch mit der Mutter' }))
        .statusCode,
    ).toBe(201);
    expect((await fachkraft.put('/api/einstellungen/erinnerung', { erinnerungTage: 5 })).statusCode).toBe(
      200,
    );
    const ks = await fachkraft.post('/api/kinderschutz', { fallId: fall.id, anhaltspunkte: 'Verletzungen' });
    expect(ks.statusCode).toBe(201);
    const schritt = await fachkraft.post(`/api/kinderschutz/${ks.json().id}/schritte`, {
      art: 'gefaehrdungseinschaetzung',
      datum: '2026-11-25',
      inhalt: { beteiligte: ['A', 'B'], einschaetzung: 'gefaehrdung', begruendung: 'x' },
    });
    expect(schritt.statusCode).toBe(201);
    const eigene = leitungKiju.organisation.id;
    const ohneFremde: string[] = [];
    for (const tabelle of MANDANTENTABELLEN) {
      const alle = await organisationen(tabelle);
      if (![...alle.keys()].some((org) => org !== eigene)) ohneFremde.push(tabelle);
      const sichtbar = await organisationen(tabelle, leitungKiju);
      expect([...sichtbar.keys()], tabelle).toEqual(sichtbar.size > 0 ? [eigene] : []);
      expect(sichtbar.get(eigene) ?? 0, tabelle).toBeLessThanOrEqual(alle.get(eigene) ?? 0);
    }
    expect(
      ohneFremde,
      'Mandantentabellen ohne Zeilen einer anderen Organisation: der Test bewiese dort nichts',
    ).toEqual([]);
  });

  it('shows org A only its own cases, persons, events, staff and audit rows, by case number too', async () => {
    const org = leitungKiju.organisation.id;
    await t.db.withTx(kontext(leitungKiju), async (tx) => {
      for (const tabelle of [fall, person, hilfe, ereignis, benutzer, audit]) {
        const zeilen = await tx.select({ org: tabelle.organisationId }).from(tabelle);
        expect(zeilen.length).toBeGreaterThan(0);
        expect(new Set(zeilen.map((z) => z.org))).toEqual(new Set([org]));
      }
      const alle = await tx.select({ az: fall.aktenzeichen }).from(fall);
      expect(alle.every((z) => z.az.startsWith('KIJU'))).toBe(true);
    });
  });

  it('limits a Fachkraft to her team’s cases even without a filter', async () => {
    const zeilen = await t.db.withTx(kontext(fachkraftKiju), (tx) =>
      tx.select({ az: fall.aktenzeichen }).from(fall),
    );
    expect(zeilen.map((z) => z.az).sort()).toEqual(['KIJU-2026-001', 'KIJU-2026-002', 'KIJU-2026-003']);
  });

  it('gives the Jugendamt the cases it granted, their persons and its Hilfen — no notes or events', async () => {
    await t.db.withTx(kontext(asdBhv), async (tx) => {
      const faelle = await tx.select({ az: fall.aktenzeichen }).from(fall);
      expect(faelle.length).toBe(8);
      expect(faelle.every((z) => z.az.startsWith('TBH'))).toBe(true);
      const hilfen = await tx.select({ ja: hilfe.jugendamtId }).from(hilfe);
      expect(new Set(hilfen.map((h) => h.ja))).toEqual(new Set([asdBhv.organisation.id]));
      expect((await tx.select().from(person)).length).toBeGreaterThan(0);
      expect(await tx.select().from(notiz)).toEqual([]);
      expect(await tx.select().from(ereignis)).toEqual([]);
    });
  });

  it('gives the ASD the deadlines owed to it on the Hilfen it granted — never the provider’s own, never to WJH', async () => {
    const alle = await t.db.withSystemTx((tx) =>
      tx
        .select({ regel: frist.regel, hilfe: frist.hilfeId, ja: hilfe.jugendamtId })
        .from(frist)
        .innerJoin(hilfe, and(eq(hilfe.id, frist.hilfeId), eq(hilfe.organisationId, frist.organisationId))),
    );
    const erlaubt = new Set<string>(FRISTEN_FUER_DAS_JUGENDAMT);
    const soll = alle.filter((f) => f.ja === asdBhv.organisation.id && erlaubt.has(f.regel));
    // The demo has both kinds on Bremerhaven's Hilfen, so the filter is visible.
    expect(soll.length).toBeGreaterThan(0);
    expect(alle.some((f) => f.ja === asdBhv.organisation.id && !erlaubt.has(f.regel))).toBe(true);
    const gesehen = await t.db.withTx(kontext(asdBhv), (tx) =>
      tx.select({ regel: frist.regel, hilfe: frist.hilfeId }).from(frist),
    );
    expect(gesehen.length).toBe(soll.length);
    expect(gesehen.every((f) => erlaubt.has(f.regel))).toBe(true);
    const wjh = await t.als('wjh@jugendamt-bremerhaven.demo');
    expect(await t.db.withTx(kontext(wjh), (tx) => tx.select().from(frist))).toEqual([]);
  });

  it('names in rls.sql exactly the deadlines the API says the Jugendamt is owed', () => {
    const rls = readFileSync(new URL('../../../db/src/rls.sql', import.meta.url), 'utf8');
    const policy = rls.slice(rls.indexOf('CREATE POLICY hw_jugendamt ON frist'));
    const regeln = [...policy.slice(0, policy.indexOf(';')).matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    expect(regeln.filter((r) => !['jugendamt', 'asd'].includes(r))).toEqual([...FRISTEN_FUER_DAS_JUGENDAMT]);
  });

  it('gives the Jugendamt’s WJH its invoices, Fachcontrolling none, and neither the hours behind them', async () => {
    const wjh = await t.als('wjh@jugendamt-bremerhaven.demo');
    const controlling = await t.als('controlling@jugendamt-bremerhaven.demo');
    const verwaltung = await t.als('verwaltung@traeger-bremerhaven.demo');
    expect((await verwaltung.post('/api/abschluesse', { monat: '2026-10' })).statusCode).toBe(201);
    await t.db.withTx(kontext(wjh), async (tx) => {
      const rechnungen = await tx.select({ ja: rechnung.jugendamtId }).from(rechnung);
      expect(rechnungen.length).toBeGreaterThan(0);
      expect(new Set(rechnungen.map((r) => r.ja))).toEqual(new Set([wjh.organisation.id]));
      expect(await tx.select().from(leistungseintrag)).toEqual([]);
    });
    await t.db.withTx(kontext(controlling), async (tx) => {
      expect(await tx.select().from(rechnung)).toEqual([]);
      expect(await tx.select().from(leistungseintrag)).toEqual([]);
    });
  });

  it('gives Fachcontrolling the Trägerbudgets agreed with its Jugendamt, nobody else’s, and no Jugendamt role more', async () => {
    const controlling = await t.als('controlling@jugendamt-bremerhaven.demo');
    const lies = (s: TestSitzung) =>
      t.db.withTx(kontext(s), (tx) =>
        tx.select({ ja: budgetvereinbarung.jugendamtId }).from(budgetvereinbarung),
      );
    expect(await lies(controlling)).toEqual([{ ja: controlling.organisation.id }]);
    expect(await lies(await t.als('controlling@jugendamt-wuppertal.demo'))).toEqual([]);
    expect(await lies(asdBhv)).toEqual([]);
    expect(await lies(await t.als('wjh@jugendamt-bremerhaven.demo'))).toEqual([]);
    // Reading is all: the agreement stays the provider's to change.
    const geaendert = await t.db.withTx(kontext(controlling), (tx) =>
      tx
        .update(budgetvereinbarung)
        .set({ bezeichnung: 'umbenannt' })
        .returning({ id: budgetvereinbarung.id }),
    );
    expect(geaendert).toEqual([]);
  });

  it('lets the WJH write only its steps on invoices addressed to it, and the provider never those steps', async () => {
    const wjh = await t.als('wjh@jugendamt-bremerhaven.demo');
    const wjhWup = await t.als('wjh@jugendamt-wuppertal.demo');
    const verwaltung = await t.als('verwaltung@traeger-bremerhaven.demo');
    // The invoice the test above had the provider write for October (the demo's older ones are checked already).
    const [{ id }] = await t.db.withSystemTx((tx) =>
      tx
        .select({ id: rechnung.id })
        .from(rechnung)
        .where(and(eq(rechnung.jugendamtId, wjh.organisation.id), eq(rechnung.zeitraumVon, '2026-10-01'))),
    );
    const nurDiese = eq(rechnung.id, id);
    // Another Jugendamt's WJH reaches no row.
    expect(
      await t.db.withTx(kontext(wjhWup), (tx) =>
        tx
          .update(rechnung)
          .set({ sachlichRichtigAm: '2026-11-25', sachlichRichtigVon: 'x' })
          .where(nurDiese)
          .returning({ id: rechnung.id }),
      ),
    ).toEqual([]);
    // The addressed WJH cannot touch the invoice itself …
    await expect(
      t.db.withTx(kontext(wjh), (tx) => tx.update(rechnung).set({ summe: '0.00' }).where(nurDiese)),
    ).rejects.toThrow();
    // … nor can the provider set the Jugendamt's steps.
    await expect(
      t.db.withTx(kontext(verwaltung), (tx) =>
        tx.update(rechnung).set({ sachlichRichtigAm: '2026-11-25', sachlichRichtigVon: 'x' }).where(nurDiese),
      ),
    ).rejects.toThrow();
    // „angewiesen“ without „sachlich richtig“ fails in the database too.
    await expect(
      t.db.withTx(kontext(wjh), (tx) =>
        tx.update(rechnung).set({ angewiesenAm: '2026-11-25', angewiesenVon: 'x' }).where(nurDiese),
      ),
    ).rejects.toThrow();
    const gesetzt = await t.db.withTx(kontext(wjh), (tx) =>
      tx
        .update(rechnung)
        .set({ sachlichRichtigAm: '2026-11-25', sachlichRichtigVon: 'x' })
        .where(nurDiese)
        .returning({ id: rechnung.id }),
    );
    expect(gesetzt).toEqual([{ id }]);
    // The provider still records its own days (versendet, bezahlt) on the checked invoice.
    const versendet = await t.db.withTx(kontext(verwaltung), (tx) =>
      tx.update(rechnung).set({ versendetAm: '2026-11-25' }).where(nurDiese).returning({ id: rechnung.id }),
    );
    expect(versendet).toEqual([{ id }]);
  });

  it('reads through lies() under RLS, refuses writes there, and leaves no context on the connection', async () => {
    const [zeilen] = await t.db.lies(kontext(fachkraftKiju), [
      sql`select aktenzeichen from ${fall} order by aktenzeichen`,
    ]);
    expect(zeilen.map((z) => z.aktenzeichen)).toEqual(['KIJU-2026-001', 'KIJU-2026-002', 'KIJU-2026-003']);
    const fehler = await t.db
      .lies(kontext(leitungKiju), [
        sql`insert into ${fall} (organisation_id, aktenzeichen, bezeichnung)
            values (${leitungKiju.organisation.id}, 'NUR-LESEN', 'x') returning id`,
      ])
      .then(
        () => undefined,
        (e: Error & { cause?: Error }) => e,
      );
    // Drizzle (PGlite) wraps the database's error; pg (PostgreSQL) hands it on as it is.
    expect(String(fehler?.cause?.message ?? fehler?.message)).toMatch(/read-only/);
    // The pool hands out the connection just released: it is the connecting user again, with no context.
    const [danach] = await t.db.roh((abfrage) =>
      abfrage(
        "select current_user as benutzer, coalesce(current_setting('app.organisation_id', true), '') as org",
      ),
    );
    expect(danach.benutzer).not.toBe('hilfewerk_app');
    expect(danach.org).toBe('');
    const geschrieben = await t.db.withSystemTx((tx) =>
      tx.select({ id: fall.id }).from(fall).where(eq(fall.aktenzeichen, 'NUR-LESEN')),
    );
    expect(geschrieben).toEqual([]);
  });

  it('hides special-category notes from semiprofessional staff and all notes from Verwaltung', async () => {
    const semi = await t.als('semiprofessionell@kiju.demo');
    const verwaltung = await t.als('verwaltung@kiju.demo');
    const n = await t.db.withTx(kontext(semi), (tx) => tx.select().from(notiz));
    expect(n.length).toBeGreaterThan(0);
    expect(n.every((z) => !z.besondereKategorie)).toBe(true);
    expect(await t.db.withTx(kontext(verwaltung), (tx) => tx.select().from(notiz))).toEqual([]);
  });

  it('gives each side of a request, report and notice its own rows — the provider its own, the Jugendamt those naming it', async () => {
    const asdWup = await t.als('asd@jugendamt-wuppertal.demo');
    const leitungTbh = await t.als('leitung@traeger-bremerhaven.demo');
    const fachkraftTbh = await t.als('fachkraft@traeger-bremerhaven.demo');
    const lies = (s: TestSitzung) =>
      t.db.withTx(kontext(s), async (tx) => ({
        anfragen: await tx.select({ org: anfrage.organisationId, ja: anfrage.jugendamtId }).from(anfrage),
        berichte: await tx
          .select({ org: bericht.organisationId, ja: bericht.jugendamtId, status: bericht.status })
          .from(bericht),
        notizen: await tx
          .select({ org: posteingang.organisationId, ja: posteingang.jugendamtId })
          .from(posteingang),
      }));
    // The Jugendamt: the rows naming it, sent reports only — whichever provider they live with.
    for (const s of [asdBhv, asdWup]) {
      const z = await lies(s);
      expect(z.anfragen.length, s.benutzer.email).toBeGreaterThan(0);
      expect(new Set([...z.anfragen, ...z.berichte, ...z.notizen].map((r) => r.ja))).toEqual(
        new Set([s.organisation.id]),
      );
      expect(z.berichte.every((b) => b.status === 'gesendet')).toBe(true);
    }
    expect((await lies(asdBhv)).notizen.length).toBeGreaterThan(0);
    // The provider: its own organisation's rows; requests only to its Leitung.
    for (const s of [leitungKiju, leitungTbh]) {
      const z = await lies(s);
      expect(z.anfragen.length).toBeGreaterThan(0);
      expect(new Set([...z.anfragen, ...z.berichte, ...z.notizen].map((r) => r.org))).toEqual(
        new Set([s.organisation.id]),
      );
    }
    expect((await lies(fachkraftTbh)).anfragen).toEqual([]);
    expect((await lies(fachkraftTbh)).berichte.length).toBeGreaterThan(0);
    // Other Jugendamt roles see none of it.
    const wjh = await t.als('wjh@jugendamt-bremerhaven.demo');
    expect(await lies(wjh)).toEqual({ anfragen: [], berichte: [], notizen: [] });
  });

  it('keeps a sent report and a sent notice unchanged for the application role', async () => {
    const leitungTbh = await t.als('leitung@traeger-bremerhaven.demo');
    const geaendert = await t.db.withTx(kontext(leitungTbh), (tx) =>
      tx
        .update(bericht)
        .set({ inhalt: { verlauf: 'nachträglich' } })
        .where(eq(bericht.status, 'gesendet'))
        .returning({ id: bericht.id }),
    );
    expect(geaendert).toEqual([]);
    await expect(
      t.db.withTx(kontext(asdBhv), (tx) => tx.update(posteingang).set({ titel: 'umbenannt' })),
    ).rejects.toThrow();
    await expect(t.db.withTx(kontext(leitungTbh), (tx) => tx.delete(posteingang))).rejects.toThrow();
    // An answered request stays answered; the Jugendamt cannot answer for the provider.
    const umentschieden = await t.db.withTx(kontext(leitungTbh), (tx) =>
      tx
        .update(anfrage)
        .set({ status: 'zugesagt' })
        .where(eq(anfrage.status, 'abgesagt'))
        .returning({ id: anfrage.id }),
    );
    expect(umentschieden).toEqual([]);
    await expect(
      t.db.withTx(kontext(asdBhv), (tx) =>
        tx.update(anfrage).set({ status: 'zugesagt' }).where(eq(anfrage.status, 'offen')),
      ),
    ).rejects.toThrow();
    // The read receipt is the one thing the Jugendamt writes, and only on its own notices.
    const quittiert = await t.db.withTx(kontext(asdBhv), (tx) =>
      tx.update(posteingang).set({ gelesenAm: new Date() }).returning({ ja: posteingang.jugendamtId }),
    );
    expect(quittiert.length).toBeGreaterThan(0);
    expect(new Set(quittiert.map((q) => q.ja))).toEqual(new Set([asdBhv.organisation.id]));
    expect(
      await t.db.withTx(kontext(leitungTbh), (tx) =>
        tx.update(posteingang).set({ gelesenAm: new Date() }).returning({ id: posteingang.id }),
      ),
    ).toEqual([]);
  });

  it('refuses writing a row into another organisation', async () => {
    const fremd = (await t.als('leitung@traeger-bremerhaven.demo')).organisation.id;
    await expect(
      t.db.withTx(kontext(leitungKiju), (tx) =>
        tx.insert(fall).values({ organisationId: fremd, aktenzeichen: 'EINDRINGLING', bezeichnung: 'x' }),
      ),
    ).rejects.toThrow();
    const [z] = await t.db.withSystemTx((tx) =>
      tx.select({ n: sql<number>`count(*)::int` }).from(fall).where(sql`aktenzeichen = 'EINDRINGLING'`),
    );
    expect(z.n).toBe(0);
  });

  it('shows the application role only its own sessions (the administration its organisation’s), never writes them', async () => {
    const eigene = await t.db.withTx(kontext(leitungKiju), (tx) => tx.select().from(sitzung));
    expect(eigene.length).toBeGreaterThan(0);
    expect(new Set(eigene.map((z) => z.benutzerId))).toEqual(new Set([leitungKiju.benutzer.id]));
    const admin = await t.als('admin@kiju.demo');
    const derOrganisation = await t.db.withTx(kontext(admin), (tx) => tx.select().from(sitzung));
    expect(new Set(derOrganisation.map((z) => z.organisationId))).toEqual(new Set([admin.organisation.id]));
    expect(derOrganisation.some((z) => z.benutzerId === leitungKiju.benutzer.id)).toBe(true);
    await expect(
      t.db.withTx(kontext(leitungKiju), (tx) =>
        tx
          .update(sitzung)
          .set({ ablauf: new Date(Date.now() + 1e9) })
          .where(sql`true`),
      ),
    ).rejects.toThrow();
    // A Leitung cannot end a colleague's sessions: the rows are not even there for her.
    const geloescht = await t.db.withTx(kontext(leitungKiju), (tx) =>
      tx.delete(sitzung).where(eq(sitzung.benutzerId, fachkraftKiju.benutzer.id)).returning(),
    );
    expect(geloescht).toEqual([]);
  });

  it('lets the application role change accounts only as the administration, or its own row', async () => {
    const geaendert = await t.db.withTx(kontext(leitungKiju), (tx) =>
      tx
        .update(benutzer)
        .set({ name: 'Übernommen' })
        .where(eq(benutzer.id, fachkraftKiju.benutzer.id))
        .returning(),
    );
    expect(geaendert).toEqual([]);
    await expect(
      t.db.withTx(kontext(leitungKiju), (tx) =>
        tx.insert(benutzer).values({
          organisationId: leitungKiju.organisation.id,
          email: 'eindringling@kiju.demo',
          name: 'X',
          rolle: 'administration',
          passwortHash: 'x',
        }),
      ),
    ).rejects.toThrow();
  });

  it('makes the audit log append-only for the application role', async () => {
    await expect(t.db.withTx(kontext(leitungKiju), (tx) => tx.delete(audit))).rejects.toThrow();
  });

  it('sees nothing without a context', async () => {
    const leer = {
      organisationId: '00000000-0000-0000-0000-000000000000',
      benutzerId: '00000000-0000-0000-0000-000000000000',
      rolle: '',
      organisationArt: 'traeger' as const,
    };
    expect(await t.db.withTx(leer, (tx) => tx.select().from(fall))).toEqual([]);
  });

  it('keeps the yearly report texts to the Leitung, and a sent year unchangeable even without a check', async () => {
    expect(await t.db.withTx(kontext(fachkraftKiju), (tx) => tx.select().from(jahresbericht))).toEqual([]);
    const eigene = await t.db.withTx(kontext(leitungKiju), (tx) => tx.select().from(jahresbericht));
    expect(eigene.length).toBeGreaterThan(0);
    await t.db.withSystemTx((tx) =>
      tx.update(jahresbericht).set({ gesendetAm: new Date() }).where(eq(jahresbericht.id, eigene[0].id)),
    );
    const geaendert = await t.db.withTx(kontext(leitungKiju), (tx) =>
      tx
        .update(jahresbericht)
        .set({ texte: { einleitung: 'nachträglich' } })
        .where(eq(jahresbericht.id, eigene[0].id))
        .returning(),
    );
    expect(geaendert).toEqual([]);
  });
});
