/** The Hilfen a Jugendamt granted, as its ASD follows them: deadlines owed to it and reports received. */
import { z } from 'zod';
import { berichtArt, friststatus } from '../enums.ts';
import { tag, zeitpunkt } from './basis.ts';

/**
 * The provider's deadlines the granting Jugendamt is owed or takes part in (reports, the Handlungsplan, HPG
 * dates, the joint Abstimmungsgespräch, the latest end of the Hilfe, the decision on a follow-up Hilfe).
 * Deadlines of the provider's own work — crisis intervention, contact with the parents, the closing talk with
 * the young person — stay with the provider: they would tell the Jugendamt of events it never reads.
 * packages/db/src/rls.sql grants the ASD exactly these rules (a test compares the two lists).
 */
export const FRISTEN_FUER_DAS_JUGENDAMT = [
  'handlungsplan',
  'bericht-halbjahr',
  'bericht-vor-hpg',
  'hpg-ersthilfeplan',
  'abstimmungsgespraech',
  'hilfeende-max',
  'entscheidung-anschlusshilfe',
] as const;

export const gewaehrteFrist = z.object({
  id: z.string(),
  regel: z.string(),
  bezeichnung: z.string(),
  /** null: the triggering date is not known yet. */
  faellig: tag.nullable(),
  status: friststatus,
  /** Open and past its date (against today in Berlin). */
  ueberfaellig: z.boolean(),
  erledigtAm: tag.nullable(),
});

export const empfangenerBericht = z.object({
  id: z.string(),
  art: berichtArt,
  titel: z.string(),
  gesendetAm: zeitpunkt,
  gelesenAm: zeitpunkt.nullable(),
});

export const gewaehrteHilfe = z
  .object({
    id: z.string(),
    fallId: z.string(),
    /** The provider's case number and the Jugendamt's own, as the letters carry them. */
    aktenzeichen: z.string(),
    aktenzeichenJugendamt: z.string().nullable(),
    jungerMensch: z.string(),
    traeger: z.object({ id: z.string(), name: z.string() }),
    leistung: z.string(),
    beginn: tag,
    geplantesEnde: tag.nullable(),
    tatsaechlichesEnde: tag.nullable(),
    /** Open deadlines (overdue first, then by date) — the list shows these; the detail all of them. */
    offeneFristen: z.number(),
    ueberfaelligeFristen: z.number(),
    naechsteFrist: gewaehrteFrist.nullable(),
    berichte: z.number(),
    ungeleseneBerichte: z.number(),
  })
  .meta({ id: 'GewaehrteHilfe' });
export type GewaehrteHilfe = z.infer<typeof gewaehrteHilfe>;

export const gewaehrteHilfeDetail = gewaehrteHilfe
  .extend({
    heute: tag,
    fristen: z.array(gewaehrteFrist),
    empfangeneBerichte: z.array(empfangenerBericht),
  })
  .meta({ id: 'GewaehrteHilfeDetail' });
export type GewaehrteHilfeDetail = z.infer<typeof gewaehrteHilfeDetail>;

export const gewaehrteHilfen = z.object({ heute: tag, hilfen: z.array(gewaehrteHilfe) });
export type GewaehrteHilfen = z.infer<typeof gewaehrteHilfen>;
