import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MINDESTLAENGE = 12;

const LISTE = fileURLToPath(new URL('../../../../daten/haeufige-passwoerter.txt', import.meta.url));
let haeufige: Set<string> | undefined;

/** The shipped list of common passwords (daten/README.md says where it comes from), read once. */
function haeufigePasswoerter(): Set<string> {
  haeufige ??= new Set(
    readFileSync(LISTE, 'utf8')
      .split('\n')
      .filter((z) => z.length > 0),
  );
  return haeufige;
}

/**
 * Why a new password is refused, as a German sentence the user can act on; null when it is fine.
 * Length first (NIST SP 800-63B: length and a blocklist, no composition rules), then what an attacker
 * tries first: the login name, the old password, the common passwords.
 */
export function passwortMangel(neu: string, umfeld: { email: string; alt?: string }): string | null {
  if ([...neu].length < MINDESTLAENGE) {
    return `Das Passwort muss mindestens ${MINDESTLAENGE} Zeichen lang sein.`;
  }
  const klein = neu.trim().toLowerCase();
  const email = umfeld.email.trim().toLowerCase();
  if (klein === email || klein === email.split('@')[0]) {
    return 'Das Passwort darf nicht Ihre E-Mail-Adresse sein.';
  }
  if (umfeld.alt !== undefined && neu === umfeld.alt) {
    return 'Das neue Passwort muss sich vom bisherigen unterscheiden.';
  }
  if (haeufigePasswoerter().has(klein)) {
    return 'Dieses Passwort steht auf der Liste häufig verwendeter Passwörter. Bitte wählen Sie ein anderes.';
  }
  return null;
}
