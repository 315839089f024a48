import { ereignis, leistungseintrag } from '@hilfewerk/db';
import { datumDe } from '@hilfewerk/rules/tag';
import { asc, eq, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeHilfeImUmfang } from '../hilfeplan/intern/bewilligte-hilfe.ts';
import { ladeHilfeplan } from '../hilfeplan/intern/hilfeplan-dto.ts';
import type { BerichtArt } from './intern/bericht-dto.ts';

const EREIGNIS: Record<string, string> = {
  hpg_geplant: 'HPG geplant',
  hpg_gehalten: 'HPG gehalten',
  krise: 'Krise',
  abstimmungsbedarf: 'Abstimmungsbedarf',
  bericht_gesendet: 'Bericht gesendet',
  abschlussgespraech_geplant: 'Abschlussgespräch geplant',
  handlungsplan_gesendet: 'Handlungsplan gesendet',
  kontakt_sorgeberechtigte: 'Kontakt zu den Sorgeberechtigten',
  sonstiges: 'Sonstiges',
};
const BEWERTUNG: Record<string, string> = {
  erreicht: 'erreicht',
  teilweise: 'teilweise erreicht',
  'nicht-erreicht': 'nicht erreicht',
  entfallen: 'entfallen',
};
const stunden = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * GET /api/berichte/vorlage — a report's sections with the case data filled in: the Hilfeplan's goals with
 * their last review, the hours delivered and the dates of the Hilfe (kinds only, never notes). Reports before an
 * HPG or at the end of a Bremerhaven Hilfe also ask for the work beyond the case (003 II.6: group offers).
 */
export async function getBerichtsvorlage(k: Kontext, hilfeId: string, art: BerichtArt) {
  const umfang = requireAccess(k, 'bericht', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const h = await ladeHilfeImUmfang(tx, k, umfang, hilfeId);
    const plan = await ladeHilfeplan(tx, hilfeId);
    const [summe] = await tx
      .select({ minuten: sql<number>`coalesce(sum(${leistungseintrag.minuten}), 0)::int` })
      .from(leistungseintrag)
      .where(eq(leistungseintrag.hilfeId, hilfeId));
    const ereignisse = await tx
      .select({ art: ereignis.art, datum: ereignis.datum })
      .from(ereignis)
      .where(eq(ereignis.hilfeId, hilfeId))
      .orderBy(asc(ereignis.datum));
    const zielzeile = (
      z: { text: string; pruefungen: { bewertung: string; datum: string }[] },
      einzug: string,
    ) => {
      const letzte = z.pruefungen.at(-1);
      return `${einzug}${z.text}${letzte ? ` (zuletzt ${BEWERTUNG[letzte.bewertung]}, ${datumDe(letzte.datum)})` : ''}`;
    };
    const ziele = plan.ziele.flatMap((z) => [
      zielzeile(z, '• '),
      ...(z.teilziele ?? []).map((t) => zielzeile(t, '   – ')),
    ]);
    const verlauf = [
      `Hilfebeginn: ${datumDe(h.beginn)}. Geleistete Stunden bisher: ${stunden.format(summe.minuten / 60)}.`,
      ...(ereignisse.length > 0
        ? [`Termine: ${ereignisse.map((e) => `${datumDe(e.datum)} ${EREIGNIS[e.art] ?? e.art}`).join('; ')}.`]
        : []),
    ];
    const mitGruppen =
      h.leistung === 'bremerhaven-ambulant' && (art === 'bericht-vor-hpg' || art === 'abschlussbericht');
    return {
      hilfeId,
      art,
      inhalt: {
        ausgangslage: '',
        ziele: ziele.join('\n'),
        verlauf: verlauf.join('\n'),
        beteiligung: '',
        ...(mitGruppen ? { gruppenangebote: '' } : {}),
        ausblick: '',
      },
    };
  });
}
