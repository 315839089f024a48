import { type Db, fall, kinderschutzschritt, kinderschutzverfahren } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import { schreibeVignette } from '../use-cases/kinderschutz/intern/vignette.ts';

/**
 * One open § 8a procedure at KIJU (KIJU-2026-002), assessed and waiting for the iefk's advice: the demo
 * iefk has something to advise on, the Leitung an entry in its overview. Dates move with the demo.
 */
export async function ladeDemoKinderschutz(
  tx: Db,
  konto: (email: string) => string,
  d: (iso: string) => string,
): Promise<void> {
  const [f] = await tx.select().from(fall).where(eq(fall.aktenzeichen, 'KIJU-2026-002'));
  const fachkraft = konto('fachkraft@kiju.demo');
  const [v] = await tx
    .insert(kinderschutzverfahren)
    .values({
      organisationId: f.organisationId,
      fallId: f.id,
      anhaltspunkte:
        'Lina Muster kam zweimal ohne Frühstück und in ungewaschener Kleidung; sie erzählte, ihr Vater Peter sei nachts oft nicht zu Hause und Tom müsse sie versorgen.',
      begonnenAm: d('2026-11-10'),
      begonnenVon: fachkraft,
    })
    .returning({ id: kinderschutzverfahren.id });
  await tx.insert(kinderschutzschritt).values({
    organisationId: f.organisationId,
    verfahrenId: v.id,
    fallId: f.id,
    art: 'gefaehrdungseinschaetzung',
    datum: d('2026-11-12'),
    inhalt: {
      beteiligte: ['Finn Fachmann', 'Lea Leitner'],
      einschaetzung: 'gefaehrdung-nicht-auszuschliessen',
      begruendung: 'Hinweise auf Vernachlässigung; Herr Muster war bisher kooperativ.',
    },
    erfasstVon: fachkraft,
  });
  await schreibeVignette(tx, f.organisationId, v.id);
}
