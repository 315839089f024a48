/** Request field schemas with German messages, shared by every endpoint's input. */
import { z } from 'zod';
import { EREIGNIS_ARTEN, PERSON_ROLLEN } from '../enums.ts';

export const id = z.uuid({ error: 'Ungültige Kennung.' });
export const pflicht = (was: string, max = 200) =>
  z
    .string({ error: `Bitte geben Sie ${was} an.` })
    .trim()
    .min(1, `Bitte geben Sie ${was} an.`)
    .max(max, `Höchstens ${max} Zeichen.`);
/**
 * A calendar day of a case: births, Hilfen, entries. Years before 1901 or after 2099 are typing
 * errors here (0000, 9999), not facts — refused rather than stored.
 */
export const datum = z.iso
  .date({ error: 'Bitte ein gültiges Datum im Format JJJJ-MM-TT angeben.' })
  .refine((d) => d >= '1901-01-01' && d <= '2099-12-31', {
    error: 'Bitte ein Datum zwischen 01.01.1901 und 31.12.2099 angeben.',
  });
export const optDatum = datum.nullable().optional();
export const optText = (max = 2000) =>
  z.string().trim().max(max, `Höchstens ${max} Zeichen.`).nullable().optional();
/**
 * The version the client started from. Any whole number ≥ 0 is a version: one that is not the
 * current one (0 included) is a conflict (409 with the current record), not a missing field.
 */
export const version = z
  .number({
    error: (issue) => (issue.input === undefined ? 'Die Version fehlt.' : 'Die Version muss eine Zahl sein.'),
  })
  .int('Die Version muss eine ganze Zahl sein.')
  .min(0, 'Die Version kann nicht negativ sein.');

export const fallParams = z.object({ id });
export const personRolle = z.enum(PERSON_ROLLEN, {
  error: `Bitte eine Rolle wählen: ${PERSON_ROLLEN.join(', ')}.`,
});
export const ereignisArt = z.enum(EREIGNIS_ARTEN, {
  error: `Bitte eine Art wählen: ${EREIGNIS_ARTEN.join(', ')}.`,
});

/** Paging query parameters; numbers arrive as strings. */
export const seite = z.coerce.number<string | number>().int().min(1).default(1);
export const proSeite = z.coerce.number<string | number>().int().min(1).max(200).default(50);
