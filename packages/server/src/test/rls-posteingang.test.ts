import { randomUUID } from 'node:crypto';
import { fall, hilfe, type POSTEINGANG_ARTEN, posteingang } from '@hilfewerk/db';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, type TestSitzung, testApp } from './test-app.ts';

/**
 * The second wall around notices a provider sent to a Jugendamt (`posteingang`): queries without any filter,
 * as a forgetful use case would write them, reach on the provider's side only the Leitung and the case team
 * members who send that kind of notice — never Verwaltung, Administration, the iefk or a Fachkraft outside
 * the case team. The flows that send them are tested in routes/{berichte,mitteilungen,kinderschutz,kennzahlen}.
 */
type Art = (typeof POSTEINGANG_ARTEN)[number];
const MARKE = 'RLS-Posteingang';

let t: TestApp;
let leitung: TestSitzung;
let fachkraft: TestSitzung;
let semi: TestSitzung;
let ids: { organisation: string; jugendamt: string; fall: string; hilfe: string };

type Kontext = {
  organisationId: string;
  benutzerId: string;
  rolle: string;
  organisationArt: 'traeger' | 'jugendamt';
};
const kontext = (s: TestSitzung): Kontext => ({
  organisationId: s.organisation.id,
  benutzerId: s.benutzer.id,
  rolle: s.benutzer.rolle,
  organisationArt: s.organisation.art as 'traeger' | 'jugendamt',
});

/** The arts of the test's notices a role reads, sorted. */
const liest = async (k: Kontext) =>
  (
    await t.db.withTx(k, (tx) =>
      tx
        .select({ art: posteingang.art })
        .from(posteingang)
        .where(like(posteingang.titel, `${MARKE}%`)),
    )
  )
    .map((z) => z.art)
    .sort();

const zeile = (art: Art, von: string) => ({
  organisationId: ids.organisation,
  jugendamtId: ids.jugendamt,
  art,
  fallId: art === 'jahresbericht' ? null : ids.fall,
  hilfeId: art === 'jahresbericht' ? null : ids.hilfe,
  titel: `${MARKE} ${art}`,
  gesendetVon: von,
});

/** Resolves when the database refused the write for row-level security (drizzle wraps the cause). */
async function verweigert(schreiben: Promise<unknown>, was: string): Promise<void> {
  const fehler = await schreiben.then(
    () => undefined,
    (e: unknown) => e as Error & { cause?: Error },
  );
  expect(fehler, `${was}: nicht abgewiesen`).toBeDefined();
  expect(String(fehler?.cause?.message ?? fehler?.message), was).toMatch(/row-level security/);
}

const ARTEN: Art[] = ['bericht', 'gruppenangebot', 'jahresbericht', 'kinderschutz', 'veraenderung'];

beforeAll(async () => {
  t = await testApp();
  leitung = await t.als('leitung@kiju.demo');
  fachkraft = await t.als('fachkraft@kiju.demo');
  semi = await t.als('semiprofessionell@kiju.demo');
  // KIJU-2026-001: its team holds the KIJU Fachkraft and the semiprofessional colleague; granted by Wuppertal.
  const [f] = await t.db.withSystemTx((tx) =>
    tx
      .select({ fall: fall.id, hilfe: hilfe.id, jugendamt: hilfe.jugendamtId })
      .from(fall)
      .innerJoin(hilfe, eq(hilfe.fallId, fall.id))
      .where(eq(fall.aktenzeichen, 'KIJU-2026-001')),
  );
  ids = { organisation: leitung.organisation.id, jugendamt: f.jugendamt, fall: f.fall, hilfe: f.hilfe };
  await t.db.withSystemTx((tx) =>
    tx.insert(posteingang).values(ARTEN.map((art) => zeile(art, leitung.benutzer.id))),
  );
});
afterAll(() => t.close());

describe('Row-level security of sent notices (posteingang)', () => {
  it('lets the Leitung read every notice of its organisation, the case team only the kinds it sends', async () => {
    expect(await liest(kontext(leitung))).toEqual(ARTEN);
    // Fachkräfte of the team: reports, § 8a notifications and their own notices — no yearly report.
    expect(await liest(kontext(fachkraft))).toEqual([
      'bericht',
      'gruppenangebot',
      'kinderschutz',
      'veraenderung',
    ]);
    // Semiprofessional staff write reports; § 8a and the notices of change are the Fachkräfte's.
    expect(await liest(kontext(semi))).toEqual(['bericht']);
  });

  it('shows Verwaltung, Administration, the iefk and a Fachkraft outside the case team none of them', async () => {
    for (const email of ['verwaltung@kiju.demo', 'admin@kiju.demo', 'iefk@kiju.demo']) {
      expect(await liest(kontext(await t.als(email))), email).toEqual([]);
    }
    // A Fachkraft of KIJU on no case team (an id in no fall_team row): the team test, not the role, decides.
    expect(await liest({ ...kontext(fachkraft), benutzerId: randomUUID() })).toEqual([]);
    // The other side: the addressed Jugendamt's ASD reads them all, another provider's Leitung none.
    expect(await liest(kontext(await t.als('asd@jugendamt-wuppertal.demo')))).toEqual(ARTEN);
    expect(await liest(kontext(await t.als('leitung@traeger-bremerhaven.demo')))).toEqual([]);
  });

  it('refuses a notice sent by a role that does not send that kind', async () => {
    const versuche: [TestSitzung, Art][] = [
      [semi, 'veraenderung'],
      [semi, 'kinderschutz'],
      [fachkraft, 'jahresbericht'],
      [await t.als('verwaltung@kiju.demo'), 'bericht'],
      [await t.als('admin@kiju.demo'), 'veraenderung'],
    ];
    for (const [s, art] of versuche) {
      await verweigert(
        t.db.withTx(kontext(s), (tx) => tx.insert(posteingang).values(zeile(art, s.benutzer.id))),
        `${s.benutzer.rolle} ${art}`,
      );
    }
    await verweigert(
      t.db.withTx({ ...kontext(fachkraft), benutzerId: randomUUID() }, (tx) =>
        tx.insert(posteingang).values(zeile('bericht', fachkraft.benutzer.id)),
      ),
      'Fachkraft außerhalb des Fallteams',
    );
    // The senders themselves still can (the use cases are tested in their routes).
    await t.db.withTx(kontext(semi), (tx) =>
      tx.insert(posteingang).values(zeile('bericht', semi.benutzer.id)),
    );
    await t.db.withTx(kontext(fachkraft), (tx) =>
      tx.insert(posteingang).values(zeile('veraenderung', fachkraft.benutzer.id)),
    );
    expect(await liest(kontext(leitung))).toEqual([...ARTEN, 'bericht', 'veraenderung'].sort());
  });
});
