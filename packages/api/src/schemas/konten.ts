/** Accounts of the own organisation, the own password and sessions, the Art. 15 export. */
import { z } from 'zod';
import { type OrganisationsArt, ROLLEN, type Rolle } from '../enums.ts';
import { zeitpunkt } from './basis.ts';
import { pflicht } from './felder.ts';
import { benutzerZeile } from './stammdaten.ts';

/** Which roles an account of a provider or of a Jugendamt can have (who works where). */
export const ROLLEN_JE_ART: Record<OrganisationsArt, readonly Rolle[]> = {
  traeger: ['administration', 'leitung', 'fachkraft', 'semiprofessionell', 'verwaltung', 'iefk'],
  jugendamt: ['administration', 'asd', 'wjh', 'fachcontrolling'],
};

const kontoRolle = z.enum(ROLLEN, { error: `Bitte eine Rolle wählen: ${ROLLEN.join(', ')}.` });
const email = z
  .string({ error: 'Bitte geben Sie die E-Mail-Adresse an.' })
  .trim()
  .max(254, 'Höchstens 254 Zeichen.')
  .pipe(z.email({ error: 'Bitte geben Sie eine gültige E-Mail-Adresse an (name@beispiel.de).' }));

/** An account as the administration page shows it; never the password hash. */
export const konto = benutzerZeile
  .extend({
    /** Still on a one-time password. */
    passwortAendern: z.boolean(),
    /** Locked after failed logins until then, or null. */
    gesperrtBis: zeitpunkt.nullable(),
  })
  .meta({ id: 'Konto' });
export type Konto = z.infer<typeof konto>;

export const neuesKonto = z.object({ email, name: pflicht('den Namen'), rolle: kontoRolle });
export type NeuesKonto = z.input<typeof neuesKonto>;

/** The one-time password is shown once, here; only its hash is stored. */
export const angelegtesKonto = z.object({ id: z.string(), einmalpasswort: z.string() });
export type AngelegtesKonto = z.infer<typeof angelegtesKonto>;

export const kontoAenderung = z
  .object({
    name: pflicht('den Namen').optional(),
    rolle: kontoRolle.optional(),
    aktiv: z.boolean({ error: 'aktiv muss true oder false sein.' }).optional(),
    passwortZuruecksetzen: z.literal(true, { error: 'passwortZuruecksetzen kann nur true sein.' }).optional(),
    entsperren: z.literal(true, { error: 'entsperren kann nur true sein.' }).optional(),
  })
  .refine((a) => Object.values(a).some((w) => w !== undefined), {
    error:
      'Bitte geben Sie an, was sich ändern soll (name, rolle, aktiv, passwortZuruecksetzen, entsperren).',
  });
export type KontoAenderung = z.input<typeof kontoAenderung>;

/** After a reset the new one-time password comes along, once. */
export const geaendertesKonto = z.object({ benutzer: konto, einmalpasswort: z.string().optional() });
export type GeaendertesKonto = z.infer<typeof geaendertesKonto>;

export const passwortAenderung = z.object({
  altesPasswort: z
    .string({ error: 'Bitte geben Sie Ihr bisheriges Passwort an.' })
    .min(1, 'Bitte geben Sie Ihr bisheriges Passwort an.')
    .max(1000, 'Höchstens 1000 Zeichen.'),
  neuesPasswort: z
    .string({ error: 'Bitte geben Sie ein neues Passwort an.' })
    .min(1, 'Bitte geben Sie ein neues Passwort an.')
    .max(1000, 'Höchstens 1000 Zeichen.'),
});
export type PasswortAenderung = z.infer<typeof passwortAenderung>;

/** One signed-in device of the own account; never its token. */
export const eigeneSitzung = z.object({
  id: z.string(),
  erstelltAm: zeitpunkt,
  zuletztAktiv: zeitpunkt,
  ablauf: zeitpunkt,
  /** The session this request came with. */
  aktuell: z.boolean(),
});
export type EigeneSitzung = z.infer<typeof eigeneSitzung>;
