import { z } from 'zod';
import { ABWESENHEIT_ARTEN } from '../enums.ts';
import { tag } from './basis.ts';
import { datum, id } from './felder.ts';

export const abwesenheitEingabe = z.object({
  art: z.enum(ABWESENHEIT_ARTEN, { error: 'Bitte die Art wählen: urlaub oder krankheit.' }),
  von: datum,
  bis: datum,
  /** Who takes over the person's cases meanwhile; null = not settled yet (shown as a warning). */
  vertretungId: id.nullable().optional(),
});

export const abwesenheitParams = z.object({ id });

export const abwesenheit = z.object({
  id: z.string(),
  mitarbeiterId: z.string(),
  name: z.string(),
  art: z.enum(ABWESENHEIT_ARTEN),
  von: tag,
  bis: tag,
  vertretungId: z.string().nullable(),
  vertretungName: z.string().nullable(),
  /**
   * Open cases the absent person is on the team of and that have nobody else present for them: no
   * stand-in, or the stand-in is away too. Empty = every case has a responsible person.
   */
  faelleOhneVertretung: z.array(z.object({ id: z.string(), aktenzeichen: z.string() })),
  faelle: z.number(),
});

export type AbwesenheitEingabe = z.infer<typeof abwesenheitEingabe>;
export type Abwesenheit = z.infer<typeof abwesenheit>;
