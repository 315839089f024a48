/** Documented hours (Leistungseinträge) and the hour controlling. */
import { z } from 'zod';
import { LEISTUNGS_ARTEN, leistungsart, qualifikation, rolle } from '../enums.ts';
import { tag, zeitpunkt } from './basis.ts';
import { datum, id, optText, version } from './felder.ts';

const uhrzeit = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Bitte eine Uhrzeit im Format HH:MM angeben, z. B. 09:30.')
  .nullable()
  .optional();

/** One Leistungseintrag as clients send it; the use case checks how the fields fit together. */
export const neuerEintrag = z.object({
  datum,
  beginn: uhrzeit,
  ende: uhrzeit,
  minuten: z
    .number({ error: 'Bitte die Dauer in Minuten angeben.' })
    .int('Bitte ganze Minuten angeben.')
    .nullable()
    .optional(),
  art: z.enum(LEISTUNGS_ARTEN, { error: `Bitte eine Art wählen: ${LEISTUNGS_ARTEN.join(', ')}.` }),
  hilfeId: id.nullable().optional(),
  hilfeIds: z.array(id).max(50, 'Höchstens 50 Teilnehmende.').optional(),
  gruppenangebot: optText(200),
  bemerkung: optText(500),
});
export type NeuerEintrag = z.input<typeof neuerEintrag>;
export const eintragAenderung = neuerEintrag.extend({ version });
export type EintragAenderung = z.input<typeof eintragAenderung>;

export const leistungsFilter = z.object({
  von: datum.optional(),
  bis: datum.optional(),
  anzahl: z.coerce.number<string | number>().int().min(1).max(1000).optional(),
});
export type LeistungsFilter = z.input<typeof leistungsFilter>;

export const leistungseintrag = z.object({
  id: z.string(),
  datum: tag,
  /** HH:MM */
  beginn: z.string().nullable(),
  ende: z.string().nullable(),
  minuten: z.number(),
  art: leistungsart,
  qualifikation,
  hilfeId: z.string().nullable(),
  fallId: z.string().nullable(),
  gruppenangebot: z.string().nullable(),
  teilnahmen: z.array(z.object({ hilfeId: z.string(), fallId: z.string(), minuten: z.number() })),
  bemerkung: z.string().nullable(),
  /** Locked by a monthly close. */
  abgeschlossen: z.boolean(),
  version: z.number(),
  erfasstAm: zeitpunkt,
});
export type Leistungseintrag = z.infer<typeof leistungseintrag>;

export const eigeneHilfe = z.object({
  hilfeId: z.string(),
  fallId: z.string(),
  aktenzeichen: z.string(),
  bezeichnung: z.string(),
  leistung: z.string(),
  variante: z.string().nullable(),
  beginn: tag,
  ende: tag.nullable(),
  geplantesEnde: tag.nullable(),
});
export type EigeneHilfe = z.infer<typeof eigeneHilfe>;

export const controllingAbfrage = z.object({
  jahr: z.coerce.number<string | number>().int().min(2000).max(2100),
  monat: z.coerce.number<string | number>().int().min(1).max(12),
});

export const STUNDEN_STATUS = ['ueber', 'unter', 'im-plan', 'ohne-plan'] as const;
export const stundenStatus = z.enum(STUNDEN_STATUS);
export type StundenStatus = z.infer<typeof stundenStatus>;

export const stundencontrolling = z.object({
  jahr: z.number(),
  monat: z.number(),
  toleranz: z.number(),
  hilfen: z.array(
    z.object({
      hilfeId: z.string(),
      fallId: z.string(),
      aktenzeichen: z.string(),
      leistung: z.string(),
      variante: z.string().nullable(),
      stundenProMonat: z.number().nullable(),
      planMonat: z.number(),
      istMonat: z.number(),
      planJahr: z.number(),
      istJahr: z.number(),
      statusMonat: stundenStatus,
      statusJahr: stundenStatus,
    }),
  ),
  mitarbeitende: z.array(
    z.object({
      benutzerId: z.string(),
      name: z.string(),
      rolle,
      planMonat: z.number(),
      istMonat: z.number(),
      sonstigeMonat: z.number(),
      planJahr: z.number(),
      istJahr: z.number(),
      sonstigeJahr: z.number(),
      statusMonat: stundenStatus,
      statusJahr: stundenStatus,
    }),
  ),
});
export type Stundencontrolling = z.infer<typeof stundencontrolling>;
