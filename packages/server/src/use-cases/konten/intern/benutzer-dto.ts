import { benutzer } from '@hilfewerk/db';

/** The columns an account is shown with; never the password hash. */
export const benutzerSpalten = {
  id: benutzer.id,
  email: benutzer.email,
  name: benutzer.name,
  rolle: benutzer.rolle,
  aktiv: benutzer.aktiv,
  passwortAendern: benutzer.passwortAendern,
};
