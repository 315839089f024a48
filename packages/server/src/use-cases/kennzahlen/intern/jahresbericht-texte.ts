import { JAHRESBERICHT_TEXTE } from '@hilfewerk/api';
import { budgetvereinbarung, type Db, hilfe, jahresbericht, organisation } from '@hilfewerk/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { Zustandskonflikt } from '../../../fehler.ts';

export type Texte = Record<(typeof JAHRESBERICHT_TEXTE)[number]['schluessel'], string>;

/** What a year starts with before the Leitung wrote anything: the report's former fixed introduction. */
const VORGABE: Texte = {
  einleitung:
    'Der Bericht stellt die Kennzahlen des Jahres dar. Jede Kennzahl ist am Ende mit ihrer Definition und Quelle aufgeführt.',
  entwicklungen: '',
  ausblick: '',
};

export const vollstaendig = (t: Record<string, string> | undefined): Texte => ({ ...VORGABE, ...t });

/** The text parts in print order with their headings, for the PDF. */
export const pdfTexte = (t: Texte) =>
  JAHRESBERICHT_TEXTE.map((a) => ({ titel: a.titel, text: t[a.schluessel] }));

/** The year's row, if the Leitung saved or sent anything for it. */
export async function ladeJahresbericht(tx: Db, org: string, jahr: number) {
  const [z] = await tx
    .select()
    .from(jahresbericht)
    .where(and(eq(jahresbericht.organisationId, org), eq(jahresbericht.jahr, jahr)));
  return z;
}

/**
 * The year's row locked for a write (the version and the sent check must not race), or a 409 once the
 * report was sent. rls.sql lets the application lock only unsent rows, so a sent row reads as not lockable.
 */
export async function sperreUngesendet(tx: Db, org: string, jahr: number) {
  const z = await ladeJahresbericht(tx, org, jahr);
  if (!z) return undefined;
  const [gesperrt] = z.gesendetAm
    ? []
    : await tx
        .select()
        .from(jahresbericht)
        .where(and(eq(jahresbericht.id, z.id), eq(jahresbericht.organisationId, org)))
        .for('update');
  if (!gesperrt) {
    throw new Zustandskonflikt(
      `Der Jahresbericht ${jahr} ist bereits an das Jugendamt gesendet; seine Texte bleiben wie gesendet.`,
    );
  }
  return gesperrt;
}

/**
 * The Jugendämter a provider may send its yearly report to: those that placed a Hilfe with it or agreed a
 * Trägerbudget with it (the Leitung sees all of its organisation's Hilfen and budget agreements).
 */
export async function empfaenger(tx: Db, org: string) {
  const ids = tx
    .selectDistinct({ id: hilfe.jugendamtId })
    .from(hilfe)
    .where(eq(hilfe.organisationId, org))
    .union(
      tx
        .selectDistinct({ id: budgetvereinbarung.jugendamtId })
        .from(budgetvereinbarung)
        .where(eq(budgetvereinbarung.organisationId, org)),
    );
  return tx
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(and(inArray(organisation.id, ids), eq(organisation.art, 'jugendamt')))
    .orderBy(asc(organisation.name));
}

export async function texteDto(tx: Db, org: string, jahr: number) {
  const z = await ladeJahresbericht(tx, org, jahr);
  const an = z?.gesendetAn
    ? (
        await tx
          .select({ id: organisation.id, name: organisation.name })
          .from(organisation)
          .where(eq(organisation.id, z.gesendetAn))
      )[0]
    : null;
  return {
    jahr,
    version: z?.version ?? 0,
    texte: vollstaendig(z?.texte),
    gesendetAm: z?.gesendetAm?.toISOString() ?? null,
    gesendetAn: an ?? null,
    empfaenger: await empfaenger(tx, org),
  };
}
