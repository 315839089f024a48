import type { Db } from '@hilfewerk/db';
import { sql } from 'drizzle-orm';
import { schreibeSystemAudit } from '../audit/schreibe-audit.ts';
import type { AufbewahrungsZeile } from './ermittle.ts';

/** What stands in place of a name or text after anonymisation. */
export const ANONYM = 'anonymisiert';

/**
 * Per table: the statement that removes the personal content of one case and keeps its structure
 * (ids, dates, codes, hours, amounts): statistics, invoices and the audit chain stay whole, the rows
 * just no longer say who or what. Runs as the system role (the job), inside the caller's transaction.
 */
const SCHRITTE: [string, (fallId: string) => ReturnType<typeof sql>][] = [
  [
    'person',
    (id) => sql`update person set vorname = ${ANONYM}, nachname = ${ANONYM}, geburtsdatum = null,
    zustimmung_von = null, zustimmung_am = null where fall_id = ${id}`,
  ],
  [
    'fall',
    (id) => sql`update fall set bezeichnung = ${ANONYM}, status = 'beendet', anonymisiert_am = current_date
    where id = ${id}`,
  ],
  ['notiz', (id) => sql`update notiz set text = ${ANONYM} where fall_id = ${id}`],
  ['ereignis', (id) => sql`update ereignis set notiz = null where fall_id = ${id} and notiz is not null`],
  [
    'hilfe',
    (id) => sql`update hilfe set endegrund = null, herkunft_text = null, ausnahme_begruendung = null,
    weitere_person = null, bewilligung = null, aktenzeichen_jugendamt = null where fall_id = ${id}`,
  ],
  [
    'leistungseintrag',
    (id) => sql`update leistungseintrag set bemerkung = null where fall_id = ${id} and bemerkung is not null`,
  ],
  [
    'kinderschutzverfahren',
    (id) => sql`update kinderschutzverfahren set anhaltspunkte = ${ANONYM} where fall_id = ${id}`,
  ],
  [
    'kinderschutzschritt',
    (id) => sql`update kinderschutzschritt set inhalt = '{}'::jsonb where fall_id = ${id}`,
  ],
  // A scan cannot be anonymised in place: the attached documents go.
  ['dokument', (id) => sql`delete from dokument where fall_id = ${id}`],
];

/**
 * Anonymises one due case file in the caller's transaction and writes the audit row (rule, due date,
 * rows per table — never content). The caller holds one transaction per case: a failure leaves that
 * case whole and the others done.
 */
export async function anonymisiereFall(tx: Db, z: AufbewahrungsZeile): Promise<Record<string, number>> {
  const zeilen: Record<string, number> = {};
  for (const [tabelle, anweisung] of SCHRITTE) {
    const r = (await tx.execute(anweisung(z.fallId))) as unknown as { rowCount?: number | null };
    zeilen[tabelle] = r.rowCount ?? 0;
  }
  await schreibeSystemAudit(tx, z.organisationId, null, {
    aktion: 'anonymisieren',
    ressource: 'aufbewahrung',
    ressourceId: z.fallId,
    regel: z.ergebnis.regel,
    faelligAm: z.ergebnis.status === 'befristet' ? z.ergebnis.ende : '',
    zeilen,
  });
  return zeilen;
}
