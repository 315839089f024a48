import { type Db, organisation } from '@hilfewerk/db';
import { leseZeitraum } from '@hilfewerk/rules';
import { eq } from 'drizzle-orm';
import { berichtsarten } from '../../../dokumente/jahresbericht.ts';
import type { Jahresbericht } from '../../../dokumente/jahresbericht-pdf.ts';
import { ladeJahresbericht, pdfTexte, vollstaendig } from './jahresbericht-texte.ts';
import { leserIn, sammleKennzahlen } from './sammle-kennzahlen.ts';

/**
 * Everything the yearly report's PDF is made of: the organisation, what the report is for, the year's
 * figures and the Leitung's texts. Sending stores exactly this with the notice, so the Jugendamt's copy
 * stays as sent while the provider's figures move on.
 */
export async function jahresberichtInhalt(tx: Db, org: string, jahr: number): Promise<Jahresbericht> {
  const [o] = await tx
    .select({ name: organisation.name, leistungen: organisation.leistungen })
    .from(organisation)
    .where(eq(organisation.id, org));
  const z = await ladeJahresbericht(tx, org, jahr);
  return {
    organisation: o.name,
    arten: berichtsarten(o.leistungen),
    kennzahlen: await sammleKennzahlen(leserIn(tx), org, leseZeitraum(String(jahr))),
    texte: pdfTexte(vollstaendig(z?.texte)),
  };
}
