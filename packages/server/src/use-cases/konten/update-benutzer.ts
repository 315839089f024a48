import { benutzer, fehlversuch, type Rolle, sitzung } from '@hilfewerk/db';
import { hash } from '@node-rs/argon2';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { wertAenderungen } from '../../audit/werte.ts';
import { NichtGefunden, Ungueltig } from '../../fehler.ts';
import { kontoSchluessel } from '../auth/intern/sperre.ts';
import { type AnmeldeOptionen, STANDARD_ANMELDUNG } from '../auth/login.ts';
import { benutzerSpalten } from './intern/benutzer-dto.ts';
import { neuesEinmalpasswort } from './intern/einmalpasswort.ts';
import { ROLLEN_JE_ART } from './intern/rollen-je-art.ts';
import { sperrenDerKonten } from './intern/sperren-der-konten.ts';

export interface BenutzerAenderung {
  name?: string;
  rolle?: Rolle;
  /** false ends the account's sessions at once; its login then answers 401. */
  aktiv?: boolean;
  /** A new one-time password (returned once); the account's sessions end. */
  passwortZuruecksetzen?: true;
  /** Lifts a lock after failed logins. */
  entsperren?: true;
}

/**
 * The administration changes an account of its organisation. The account's own administrator
 * cannot deactivate or demote themselves: an organisation must not lock itself out.
 */
export async function updateBenutzer(
  k: Kontext,
  id: string,
  a: BenutzerAenderung,
  opt: AnmeldeOptionen = STANDARD_ANMELDUNG,
) {
  requireAccess(k, 'benutzer', 'aendern');
  const selbst = id === k.auth.benutzer.id;
  if (selbst && a.aktiv === false) {
    throw new Ungueltig({ aktiv: 'Ihr eigenes Konto können Sie nicht deaktivieren.' });
  }
  if (selbst && a.rolle !== undefined && a.rolle !== k.auth.benutzer.rolle) {
    throw new Ungueltig({
      rolle: 'Ihre eigene Rolle kann nur eine andere Person der Administration ändern.',
    });
  }
  if (a.rolle !== undefined && !ROLLEN_JE_ART[k.auth.organisation.art].includes(a.rolle)) {
    throw new Ungueltig({ rolle: 'Diese Rolle gibt es in Ihrer Art von Organisation nicht.' });
  }
  const einmalpasswort = a.passwortZuruecksetzen ? neuesEinmalpasswort() : undefined;
  const passwortHash = einmalpasswort ? await hash(einmalpasswort) : undefined;

  const ergebnis = await k.db.withTx(txKontext(k.auth), async (tx) => {
    const [alt] = await tx
      .select(benutzerSpalten)
      .from(benutzer)
      .where(and(eq(benutzer.id, id), eq(benutzer.organisationId, k.auth.organisation.id)))
      .for('update');
    if (!alt) throw new NichtGefunden('Das Benutzerkonto');
    const felder: string[] = [];
    const neu: Partial<typeof benutzer.$inferInsert> = {};
    if (a.name !== undefined && a.name.trim() !== alt.name) {
      neu.name = a.name.trim();
      felder.push('name');
    }
    if (a.rolle !== undefined && a.rolle !== alt.rolle) {
      neu.rolle = a.rolle;
      felder.push('rolle');
    }
    const aktivWechsel = a.aktiv !== undefined && a.aktiv !== alt.aktiv;
    if (aktivWechsel) neu.aktiv = a.aktiv;
    if (passwortHash) {
      neu.passwortHash = passwortHash;
      neu.passwortAendern = true;
    }
    if (Object.keys(neu).length > 0) await tx.update(benutzer).set(neu).where(eq(benutzer.id, id));
    // A deactivated account, a reset password or a new role: the sessions opened before end now.
    if (a.aktiv === false || passwortHash || neu.rolle) {
      await tx.delete(sitzung).where(eq(sitzung.benutzerId, id));
    }
    if (felder.length > 0) {
      await schreibeAudit(tx, k, {
        aktion: 'aendern',
        ressource: 'benutzer',
        ressourceId: id,
        felder,
        werte: wertAenderungen('benutzer', alt, neu, felder),
        ...(neu.rolle ? { rolle: { alt: alt.rolle, neu: neu.rolle } } : {}),
      });
    }
    if (aktivWechsel) {
      const aktion = a.aktiv ? 'reaktivieren' : 'deaktivieren';
      await schreibeAudit(tx, k, { aktion, ressource: 'benutzer', ressourceId: id });
    }
    if (passwortHash) {
      await schreibeAudit(tx, k, { aktion: 'passwortZuruecksetzen', ressource: 'benutzer', ressourceId: id });
    }
    return { ...alt, ...neu, passwortHash: undefined };
  });

  if (a.entsperren) {
    // The failure counters are keyed by hash and belong to no organisation: the system role clears
    // them, after the lookup above proved the account is this organisation's.
    await k.db.withSystemTx(async (tx) => {
      await tx.delete(fehlversuch).where(eq(fehlversuch.schluessel, kontoSchluessel(ergebnis.email)));
      await schreibeAudit(tx, k, { aktion: 'entsperren', ressource: 'benutzer', ressourceId: id });
    });
  }
  const sperren = await sperrenDerKonten(k.db, [ergebnis.email], opt);
  const { passwortHash: _, ...dto } = ergebnis;
  return {
    benutzer: { ...dto, gesperrtBis: sperren.get(ergebnis.email) ?? null },
    ...(einmalpasswort ? { einmalpasswort } : {}),
  };
}
