import { type Db, schema } from '@hilfewerk/db';
import { eq, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';
import { sperreMonatSql, sperrePersonSql } from '../../use-cases/abrechnung/intern/sperren.ts';

/**
 * How much database work one POST /api/leistungen costs, pinned: a change that adds a round trip
 * or a statement to the hot path of hour entry fails here instead of only showing up as lower
 * throughput in bench/abrechnung.ts. Counted where the work leaves the application: every call
 * of `query` on a pooled pg connection is one round trip; a simple-query message with several
 * statements answers with one result per statement.
 */
let t: TestApp;
let fachkraft: TestSitzung;
let hilfeId: string;

beforeAll(async () => {
  t = await testApp();
  fachkraft = await t.als('fachkraft@kiju.demo');
  hilfeId = await hilfeVon('KIJU-2026-001');
});
afterAll(() => t.close());

async function hilfeVon(aktenzeichen: string): Promise<string> {
  const [h] = await t.db.withSystemTx((tx) =>
    tx
      .select({ id: schema.hilfe.id })
      .from(schema.hilfe)
      .innerJoin(schema.fall, eq(schema.fall.id, schema.hilfe.fallId))
      .where(eq(schema.fall.aktenzeichen, aktenzeichen)),
  );
  return h.id;
}

interface Zaehlung {
  /** Messages sent to the database. */
  rundreisen: number;
  /** Statements executed, without the one-off PREPARE of a statement on a fresh connection. */
  anweisungen: number;
  texte: string[];
}

const textVon = (arg: unknown) => String(typeof arg === 'string' ? arg : (arg as { text?: string })?.text);
/** A simple-query message with several statements (`lies`, `schreibe`) answers with one result each. */
const anzahlErgebnisse = (e: unknown) => (Array.isArray(e) ? e.length : 1);
const anzahlPrepare = (text: string) => text.match(/^prepare /gm)?.length ?? 0;

/** Runs `fn` and counts what reached the database meanwhile: every `query` call on a pg connection. */
async function zaehle<T>(fn: () => Promise<T>): Promise<{ ergebnis: T; z: Zaehlung }> {
  const z: Zaehlung = { rundreisen: 0, anweisungen: 0, texte: [] };
  const gezaehlt = <F extends (...a: never[]) => unknown>(original: F) =>
    function (this: unknown, ...args: Parameters<F>) {
      const text = textVon(args[0]);
      z.rundreisen++;
      z.texte.push(text);
      const r = original.apply(this, args) as Promise<unknown>;
      return r.then((e) => {
        z.anweisungen += anzahlErgebnisse(e) - anzahlPrepare(text);
        return e;
      });
    };
  // The originals before spying: once spied, the prototype's method is the spy itself.
  const { query: pgQuery } = pg.Client.prototype;
  const spione = [vi.spyOn(pg.Client.prototype, 'query').mockImplementation(gezaehlt(pgQuery) as never)];
  try {
    return { ergebnis: await fn(), z };
  } finally {
    for (const s of spione) s.mockRestore();
  }
}

const eintrag = (datum: string, beginn: string, ende: string) => ({
  datum,
  beginn,
  ende,
  art: 'direkt',
  hilfeId,
});

describe('POST /api/leistungen: database work per entry', () => {
  it('creates an entry with three statements in one round trip', async () => {
    // The session is resolved (and cached) by an earlier request, as for a user who is working.
    expect((await fachkraft.get('/api/auth/me')).statusCode).toBe(200);
    const { ergebnis: res, z } = await zaehle(() =>
      fachkraft.post('/api/leistungen', eintrag('2026-11-12', '07:00', '07:45')),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      minuten: 45,
      beginn: '07:00',
      ende: '07:45',
      version: 1,
      teilnahmen: [],
    });
    // Context, both locks, and one statement that checks, inserts, audits and returns.
    expect(z.anweisungen, z.texte.join('\n---\n')).toBe(3);
    expect(z.rundreisen, z.texte.join('\n---\n')).toBe(1);
    // The answer is the row as stored: the same as reading it back.
    const gelesen = (await fachkraft.get('/api/leistungen?von=2026-11-12&bis=2026-11-12')).json();
    expect(gelesen.find((e: { id: string }) => e.id === res.json().id)).toEqual(res.json());
  });

  it('creates a group offer with its shares in the same three statements', async () => {
    const zweite = await hilfeVon('KIJU-2026-002');
    const { ergebnis: res, z } = await zaehle(() =>
      fachkraft.post('/api/leistungen', {
        datum: '2026-11-12',
        beginn: '16:00',
        ende: '17:05',
        art: 'falluebergreifend',
        hilfeIds: [zweite, hilfeId],
        gruppenangebot: 'Kochgruppe',
      }),
    );
    expect(res.statusCode).toBe(201);
    const ids = [hilfeId, zweite].sort();
    expect(
      res.json().teilnahmen.map((x: { hilfeId: string; minuten: number }) => [x.hilfeId, x.minuten]),
    ).toEqual([
      [ids[0], 33],
      [ids[1], 32],
    ]);
    expect(z.anweisungen, z.texte.join('\n---\n')).toBe(3);
    expect(z.rundreisen).toBe(1);
    const gelesen = (await fachkraft.get('/api/leistungen?von=2026-11-12&bis=2026-11-12')).json();
    expect(gelesen.find((e: { id: string }) => e.id === res.json().id)).toEqual(res.json());
  });

  it('still names the reason of a refusal, after writing nothing', async () => {
    const vorher = (await fachkraft.get('/api/leistungen?von=2026-11-13&bis=2026-11-13')).json();
    const ok = await fachkraft.post('/api/leistungen', eintrag('2026-11-13', '08:00', '09:00'));
    expect(ok.statusCode).toBe(201);
    const { ergebnis: res, z } = await zaehle(() =>
      fachkraft.post('/api/leistungen', eintrag('2026-11-13', '08:30', '09:30')),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().fehler).toMatch(/von 08:00 bis 09:00 Uhr schon einen Eintrag/);
    // The refused one-message attempt, then the step-by-step checks that found the overlap.
    expect(z.anweisungen).toBeGreaterThan(3);
    const nachher = (await fachkraft.get('/api/leistungen?von=2026-11-13&bis=2026-11-13')).json();
    expect(nachher.length).toBe(vorher.length + 1);
  });
});

describe('POST /api/leistungen under concurrency', () => {
  it('stores exactly one of several simultaneous overlapping entries of one person', async () => {
    const antworten = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        fachkraft.post('/api/leistungen', eintrag('2026-11-16', '10:00', `10:${String(10 + i * 5)}`)),
      ),
    );
    expect(antworten.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const gespeichert = (await fachkraft.get('/api/leistungen?von=2026-11-16&bis=2026-11-16')).json();
    expect(gespeichert.filter((e: { beginn: string }) => e.beginn === '10:00')).toHaveLength(1);
  });

  // The two tests below hold a lock the way a concurrent transaction would, change the data the
  // entry's checks read, and only then let go: the entry must wait for the lock, and its checks
  // must see what was committed while it waited (a check in the same statement as the lock would
  // still see the snapshot from before the wait).

  it('waits for a monthly close under way and then refuses the closed month', async () => {
    const org = fachkraft.organisation.id;
    const { ergebnis: antwort } = await haeltSperre(
      sperreMonatSql(org, '2026-10', 'exklusiv'),
      (tx) =>
        tx
          .insert(schema.monatsabschluss)
          .values({ organisationId: org, monat: '2026-10', abgeschlossenVon: fachkraft.benutzer.id }),
      () => fachkraft.post('/api/leistungen', eintrag('2026-10-20', '21:00', '21:30')),
    );
    expect(antwort.statusCode).toBe(409);
    expect(antwort.json().fehler).toMatch(/10\/2026 ist abgeschlossen/);
  });

  it('waits for another save of the same person and then refuses the overlap', async () => {
    const { ergebnis: antwort } = await haeltSperre(
      sperrePersonSql(fachkraft.benutzer.id),
      (tx) =>
        tx.insert(schema.leistungseintrag).values({
          organisationId: fachkraft.organisation.id,
          benutzerId: fachkraft.benutzer.id,
          datum: '2026-11-17',
          beginn: '13:00',
          ende: '14:00',
          minuten: 60,
          art: 'indirekt',
          qualifikation: 'fachkraft',
        }),
      () => fachkraft.post('/api/leistungen', eintrag('2026-11-17', '13:30', '14:30')),
    );
    expect(antwort.statusCode).toBe(409);
    expect(antwort.json().fehler).toMatch(/von 13:00 bis 14:00 Uhr schon einen Eintrag/);
  });
});

/**
 * Takes `sperre` in a transaction of its own, starts `anfrage`, checks that it is still waiting a
 * moment later, writes `aenderung` and commits; then returns the answer.
 */
async function haeltSperre<T>(
  sperre: SQL,
  aenderung: (tx: Db) => Promise<unknown>,
  anfrage: () => Promise<T>,
): Promise<{ ergebnis: T }> {
  let laeuft: Promise<T> | undefined;
  let fertig = false;
  await t.db.withSystemTx(async (tx) => {
    await tx.execute(sperre);
    laeuft = anfrage();
    const ende = () => {
      fertig = true;
    };
    laeuft.then(ende, ende);
    await new Promise((r) => setTimeout(r, 300));
    expect(fertig, 'the request did not wait for the lock').toBe(false);
    await aenderung(tx);
  });
  return { ergebnis: await (laeuft as Promise<T>) };
}
