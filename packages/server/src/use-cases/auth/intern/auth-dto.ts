import type { Auth } from '../../../access/kontext.ts';

/** The shape of login and GET /api/auth/me. */
export function authDto(a: Auth) {
  return {
    benutzer: a.benutzer,
    organisation: a.organisation,
    csrfToken: a.csrfToken,
    passwortAendern: a.passwortAendern ?? false,
  };
}
