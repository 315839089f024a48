import type { Datenbank, Rolle, TxKontext } from '@hilfewerk/db';

/** The logged-in user as the session resolved it. */
export interface Auth {
  sitzungId: string;
  csrfToken: string;
  benutzer: { id: string; email: string; name: string; rolle: Rolle };
  organisation: {
    id: string;
    name: string;
    art: 'traeger' | 'jugendamt';
    bundesland: string;
    /** Shown to the Leitung as the address of its public complaint form. */
    kennung?: string | null;
  };
  /** The password is a one-time password: only the password change is open until it is replaced. */
  passwortAendern?: boolean;
}

/** Everything a use case needs besides its input. */
export interface Kontext {
  db: Datenbank;
  auth: Auth;
  /** Client address, for the audit log only. */
  ip: string;
}

export function txKontext(auth: Auth): TxKontext {
  return {
    organisationId: auth.organisation.id,
    benutzerId: auth.benutzer.id,
    rolle: auth.benutzer.rolle,
    organisationArt: auth.organisation.art,
  };
}
