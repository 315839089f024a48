import {
  benutzer,
  type Datenbank,
  ereignis,
  fall,
  fallTeam,
  hilfe,
  notiz,
  organisation,
  person,
} from '@hilfewerk/db';
import { hash } from '@node-rs/argon2';
import { count, eq } from 'drizzle-orm';
import { heute } from '../use-cases/fristen/intern/heute.ts';
import { leiteDemoFristenAb } from '../use-cases/fristen/intern/leite-demo-fristen-ab.ts';
import { ladeDemoAbrechnung } from './abrechnung.ts';
import { ladeDemoAbwesenheiten } from './abwesenheit.ts';
import { ladeDemoBereitschaft } from './bereitschaft.ts';
import { ladeDemoBeschwerden } from './beschwerden.ts';
import { DEMO_PASSWORT, FAELLE, KONTEN, ORGANISATIONEN } from './daten.ts';
import { ladeDemoDokumente } from './dokumente.ts';
import { ladeDemoEigenePflichten } from './eigene-pflichten.ts';
import { ladeDemoJahresberichte } from './jahresbericht.ts';
import { ladeDemoJugendamt } from './jugendamt.ts';
import { ladeDemoJugendamtBerlin } from './jugendamt-berlin.ts';
import { ladeDemoJugendamtWuppertal } from './jugendamt-wuppertal.ts';
import { ladeDemoKalkulationen } from './kalkulationen.ts';
import { ladeDemoKinderschutz } from './kinderschutz.ts';
import { ladeDemoLoeschsperren } from './loeschsperre.ts';
import { ladeDemoPersonal } from './personal.ts';
import { ladeDemoRechnungen } from './rechnungen.ts';
import { ladeDemoSchulungen } from './schulungen.ts';
import { demoVerschiebung, verschiebeDemoDatum } from './verschiebung.ts';
import { ladeDemoVorkommnisse } from './vorkommnisse.ts';

/** Map lookup that fails loudly: a typo in the demo tables is a defect, not a silent null. */
function hole(karte: Map<string, string>, schluessel: string): string {
  const wert = karte.get(schluessel);
  if (!wert) throw new Error(`Demodaten: unbekannter Schlüssel ${schluessel}`);
  return wert;
}

/**
 * Loads the demo organisations, accounts and cases into an empty database in one transaction.
 * Does nothing when any organisation exists, so a restart never duplicates or overwrites data.
 * The demo's dates move on by whole months to the month of `stichtag` (see verschiebung.ts).
 * @returns whether demo data was loaded
 */
export async function ladeDemo(db: Datenbank, stichtag = heute()): Promise<boolean> {
  const monate = demoVerschiebung(stichtag);
  const d = (iso: string) => verschiebeDemoDatum(iso, monate);
  const dOder = (iso: string | null | undefined) => (iso ? d(iso) : iso);
  // One hash for all accounts: they share the password, and argon2 takes tens of ms per hash.
  const passwortHash = await hash(DEMO_PASSWORT);
  return db.withSystemTx(async (tx) => {
    const [{ n }] = await tx.select({ n: count() }).from(organisation);
    if (Number(n) > 0) return false;

    const orgId = new Map<string, string>();
    for (const o of ORGANISATIONEN) {
      const id = crypto.randomUUID();
      orgId.set(o.schluessel, id);
      await tx.insert(organisation).values({
        id,
        art: o.art,
        name: o.name,
        bundesland: o.bundesland,
        leitwegId: o.leitwegId ?? null,
        leistungen: o.leistungen ?? [],
        kennung: o.kennung,
      });
    }
    const benutzerId = new Map<string, string>();
    for (const k of KONTEN) {
      const id = crypto.randomUUID();
      benutzerId.set(k.email, id);
      await tx.insert(benutzer).values({
        id,
        organisationId: hole(orgId, k.org),
        email: k.email,
        name: k.name,
        passwortHash,
        rolle: k.rolle,
      });
    }
    const faelle = new Map<string, { fallId: string; hilfeId: string }>();
    for (const f of FAELLE) {
      const organisationId = hole(orgId, f.org);
      const fallId = crypto.randomUUID();
      const hilfeId = crypto.randomUUID();
      await tx.insert(fall).values({
        id: fallId,
        organisationId,
        aktenzeichen: f.aktenzeichen,
        bezeichnung: f.bezeichnung,
        status: f.status ?? 'aktiv',
      });
      for (const email of f.team) {
        await tx.insert(fallTeam).values({ organisationId, fallId, benutzerId: hole(benutzerId, email) });
      }
      for (const p of f.personen) {
        await tx.insert(person).values({ organisationId, fallId, ...p, geburtsdatum: dOder(p.geburtsdatum) });
      }
      const { jugendamt, ...h } = f.hilfe;
      await tx.insert(hilfe).values({
        id: hilfeId,
        organisationId,
        fallId,
        jugendamtId: hole(orgId, jugendamt),
        ...h,
        beginn: d(h.beginn),
        geplantesEnde: dOder(h.geplantesEnde),
        tatsaechlichesEnde: dOder(h.tatsaechlichesEnde),
      });
      faelle.set(f.aktenzeichen, { fallId, hilfeId });
      const erfasstVon = hole(benutzerId, f.team[0] ?? KONTEN.find((k) => k.org === f.org)?.email ?? '');
      for (const e of f.ereignisse ?? []) {
        await tx.insert(ereignis).values({
          organisationId,
          fallId,
          hilfeId,
          erfasstVon,
          ...e,
          datum: d(e.datum),
          bekanntSeit: dOder(e.bekanntSeit),
        });
      }
      for (const n of f.notizen ?? []) {
        await tx.insert(notiz).values({ organisationId, fallId, autorId: erfasstVon, ...n });
      }
    }
    await leiteDemoFristenAb(tx);
    const nachschlagen = {
      org: (o: string) => hole(orgId, o),
      benutzer: (e: string) => hole(benutzerId, e),
      fall: (az: string) => {
        const f = faelle.get(az);
        if (!f) throw new Error(`Demodaten: unbekannter Fall ${az}`);
        return f;
      },
      datum: d,
    };
    await ladeDemoJugendamt(tx, nachschlagen);
    await ladeDemoJugendamtWuppertal(tx, nachschlagen);
    await ladeDemoJugendamtBerlin(tx, nachschlagen);
    await ladeDemoKalkulationen(
      tx,
      (o) => hole(orgId, o),
      (e) => hole(benutzerId, e),
    );
    await ladeDemoAbrechnung(
      tx,
      (o) => hole(orgId, o),
      (e) => hole(benutzerId, e),
      monate,
    );
    await ladeDemoRechnungen(
      tx,
      (o) => hole(orgId, o),
      (e) => hole(benutzerId, e),
      d,
      (e) => KONTEN.find((k) => k.email === e)?.name ?? e,
    );
    await ladeDemoKinderschutz(tx, (e) => hole(benutzerId, e), d);
    await ladeDemoBeschwerden(
      tx,
      (o) => hole(orgId, o),
      (e) => hole(benutzerId, e),
      d,
    );
    await ladeDemoPersonal(
      tx,
      (o) => hole(orgId, o),
      (e) => hole(benutzerId, e),
      d,
    );
    await ladeDemoBereitschaft(tx, (o) => hole(orgId, o), d);
    await ladeDemoVorkommnisse(tx, (e) => hole(benutzerId, e), d);
    await ladeDemoSchulungen(tx, d);
    await ladeDemoLoeschsperren(
      tx,
      (o) => hole(orgId, o),
      (e) => hole(benutzerId, e),
    );
    await ladeDemoAbwesenheiten(tx, (o) => hole(orgId, o), d);
    await ladeDemoJahresberichte(tx, (o) => hole(orgId, o), Number(stichtag.slice(0, 4)));
    await ladeDemoDokumente(
      tx,
      (o) => hole(orgId, o),
      (e) => hole(benutzerId, e),
    );
    await ladeDemoEigenePflichten(
      tx,
      (o) => hole(orgId, o),
      (e) => hole(benutzerId, e),
      d,
    );
    return true;
  });
}

/** Whether the database holds the demo accounts (then the web app shows its DEMO banner). */
export async function hatDemoDaten(db: Datenbank): Promise<boolean> {
  const [z] = await db.withSystemTx((tx) =>
    tx.select({ id: benutzer.id }).from(benutzer).where(eq(benutzer.email, KONTEN[0].email)),
  );
  return Boolean(z);
}
