import { type Db, fall } from '@hilfewerk/db';
import { and, eq, like } from 'drizzle-orm';

/**
 * The next case number for a case created from a request: `A-<Jahr>-<nnn>`, counted per organisation and
 * year of the Hilfe's start. A clash with a number typed by hand is caught by the unique key (422).
 */
export async function naechstesAktenzeichen(tx: Db, organisationId: string, jahr: string): Promise<string> {
  const praefix = `A-${jahr}-`;
  const vorhanden = await tx
    .select({ az: fall.aktenzeichen })
    .from(fall)
    .where(and(eq(fall.organisationId, organisationId), like(fall.aktenzeichen, `${praefix}%`)));
  const hoechste = vorhanden.reduce((max, z) => {
    const n = Number(z.az.slice(praefix.length));
    return Number.isInteger(n) && n > max ? n : max;
  }, 0);
  return `${praefix}${String(hoechste + 1).padStart(3, '0')}`;
}
