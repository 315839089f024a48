import { type Db, person } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { Ungueltig } from '../../../fehler.ts';
import { heute } from '../../fristen/intern/heute.ts';

/** Anlage D.8 takes in the other parent or a person who actually cares for the child only with this consent. */
export const ZUSTIMMUNG_QUELLE =
  'Anlage D.8, Präambel: eine Person, die für das Kind tatsächlich sorgt, wird mit Zustimmung des betreuenden Elternteils in die Leistung einbezogen';

/** Who may consent: the parent living in the form (the young person of the case) or a custodian. */
const DUERFEN_ZUSTIMMEN = new Set(['junger_mensch', 'sorgeberechtigt']);

export interface ZustimmungWerte {
  rolle: string;
  zustimmungVon?: string | null;
  zustimmungAm?: string | null;
}

/**
 * A `weitere_person` is stored only with who consented and when; other roles carry no consent. Every problem
 * comes back at once (422), nothing is written.
 */
export async function pruefeZustimmung(
  tx: Db,
  p: ZustimmungWerte,
  ort: { fallId: string; personId?: string },
): Promise<void> {
  const felder: Record<string, string> = {};
  if (p.rolle !== 'weitere_person') {
    if (p.zustimmungVon || p.zustimmungAm) {
      felder.zustimmungVon = 'Eine Zustimmung wird nur für eine weitere Person erfasst.';
    }
  } else {
    if (!p.zustimmungVon) {
      felder.zustimmungVon = `Bitte wählen Sie den betreuenden Elternteil, der zugestimmt hat (${ZUSTIMMUNG_QUELLE}).`;
    } else if (p.zustimmungVon === ort.personId) {
      felder.zustimmungVon = 'Die weitere Person kann nicht selbst zustimmen.';
    } else {
      const [z] = await tx
        .select({ rolle: person.rolle })
        .from(person)
        .where(and(eq(person.id, p.zustimmungVon), eq(person.fallId, ort.fallId)));
      if (!z || !DUERFEN_ZUSTIMMEN.has(z.rolle)) {
        felder.zustimmungVon =
          'Bitte wählen Sie den betreuenden Elternteil aus den Personen dieses Falls (junger Mensch oder sorgeberechtigte Person).';
      }
    }
    if (!p.zustimmungAm) {
      felder.zustimmungAm = `Bitte geben Sie an, wann der betreuende Elternteil zugestimmt hat (${ZUSTIMMUNG_QUELLE}).`;
    } else if (p.zustimmungAm > heute()) {
      felder.zustimmungAm = 'Die Zustimmung kann nicht in der Zukunft liegen.';
    }
  }
  if (Object.keys(felder).length > 0) throw new Ungueltig(felder);
}
