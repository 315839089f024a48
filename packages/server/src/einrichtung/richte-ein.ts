import { randomUUID } from 'node:crypto';
import { audit, benutzer, type Datenbank, organisation } from '@hilfewerk/db';
import { BUNDESLAENDER, EingabeFehler, istBundesland } from '@hilfewerk/rules';
import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { neuesEinmalpasswort } from '../use-cases/konten/intern/einmalpasswort.ts';

export interface Einrichtung {
  organisation: string;
  art: string;
  bundesland: string;
  email: string;
}

const emailSchema = z.email();

/** Checks and normalises the input before any database is touched (exit 2 on a mistake). */
export function pruefeEinrichtung(e: Einrichtung): Einrichtung & { art: 'traeger' | 'jugendamt' } {
  const name = e.organisation.trim();
  if (!name || name.length > 200) {
    throw new EingabeFehler(
      '--organisation: Bitte den Namen der Organisation angeben (höchstens 200 Zeichen).',
    );
  }
  if (e.art !== 'traeger' && e.art !== 'jugendamt') {
    throw new EingabeFehler('--art: Bitte „traeger“ (freier Träger) oder „jugendamt“ angeben.');
  }
  const bundesland = e.bundesland.trim().toUpperCase();
  if (!istBundesland(bundesland)) {
    throw new EingabeFehler(
      `--bundesland: Bitte das Kürzel eines Bundeslandes angeben (${BUNDESLAENDER.join(', ')}).`,
    );
  }
  const email = e.email.trim().toLowerCase();
  if (!emailSchema.safeParse(email).success || email.length > 254) {
    throw new EingabeFehler('--email: Bitte eine gültige E-Mail-Adresse angeben (name@beispiel.de).');
  }
  return { organisation: name, art: e.art, bundesland, email };
}

/**
 * `hilfewerk einrichten`: a new organisation and its first administrator, who logs in with the
 * returned one-time password and must then choose their own. Runs as the system role (there is no
 * user yet) in one transaction with its audit rows; nobody is logged in, so the rows name no user.
 * Bad input is an EingabeFehler (exit 2), each message German and saying what to fix.
 */
export async function richteEin(
  db: Datenbank,
  eingabe: Einrichtung,
): Promise<{ organisationId: string; benutzerId: string; einmalpasswort: string; kennung: string }> {
  const { organisation: name, art, bundesland, email } = pruefeEinrichtung(eingabe);
  const einmalpasswort = neuesEinmalpasswort();
  const passwortHash = await hash(einmalpasswort);
  return db.withSystemTx(async (tx) => {
    const [vorhanden] = await tx.select({ id: benutzer.id }).from(benutzer).where(eq(benutzer.email, email));
    if (vorhanden) {
      throw new EingabeFehler(
        `--email: Für ${email} gibt es bereits ein Konto. Bitte eine andere Adresse angeben.`,
      );
    }
    // The kennung names the public complaint form (/beschwerde/<kennung>); like the one migration 0011 gave
    // older organisations it comes from the id: stable, and not guessable from the name.
    const id = randomUUID();
    const kennung = id.replace(/-/g, '').slice(0, 12);
    const [org] = await tx
      .insert(organisation)
      .values({ id, name, art, bundesland, kennung })
      .returning({ id: organisation.id });
    const [admin] = await tx
      .insert(benutzer)
      .values({
        organisationId: org.id,
        email,
        name: 'Administration',
        rolle: 'administration',
        passwortHash,
        passwortAendern: true,
      })
      .returning({ id: benutzer.id });
    const quelle = { quelle: 'hilfewerk einrichten' };
    await tx.insert(audit).values([
      {
        organisationId: org.id,
        aktion: 'anlegen',
        ressource: 'organisation',
        ressourceId: org.id,
        details: quelle,
      },
      {
        organisationId: org.id,
        aktion: 'anlegen',
        ressource: 'benutzer',
        ressourceId: admin.id,
        details: { ...quelle, rolle: 'administration' },
      },
    ]);
    return { organisationId: org.id, benutzerId: admin.id, einmalpasswort, kennung };
  });
}
