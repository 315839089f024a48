import { benutzerEinstellung, type Db } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';

/** Reminders show deadlines due within this many days unless the user chose otherwise. */
export const STANDARD_ERINNERUNG_TAGE = 7;

export async function erinnerungTage(tx: Db, benutzerId: string): Promise<number> {
  const [z] = await tx
    .select({ tage: benutzerEinstellung.erinnerungTage })
    .from(benutzerEinstellung)
    .where(eq(benutzerEinstellung.benutzerId, benutzerId));
  return z?.tage ?? STANDARD_ERINNERUNG_TAGE;
}
