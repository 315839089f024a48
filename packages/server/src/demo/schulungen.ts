import { type Db, mitarbeiter, mitarbeiterSchulung } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';

/**
 * Trainings of the demo staff: at KIJU the Leitung's § 8a training is current, the Fachkraft's a year and a
 * month old (overdue), the semiprofessional colleague has had none yet; Bremerhaven has one too.
 */
const SCHULUNGEN = [
  {
    name: 'Lea Leitner',
    art: 'kinderschutz-8a',
    datum: '2026-03-12',
    anbieter: 'Kinderschutzbund Wuppertal',
  },
  {
    name: 'Finn Fachmann',
    art: 'kinderschutz-8a',
    datum: '2025-10-20',
    anbieter: 'Kinderschutzbund Wuppertal',
  },
  {
    name: 'Finn Fachmann',
    art: 'sonstige',
    titel: 'Deeskalation in Krisen',
    datum: '2026-06-03',
    anbieter: 'Fortbildungswerk NRW',
  },
  {
    name: 'Lars Lotse',
    art: 'kinderschutz-8a',
    datum: '2026-01-15',
    anbieter: 'Paritätisches Bildungswerk Bremen',
  },
] as const;

export async function ladeDemoSchulungen(tx: Db, d: (iso: string) => string): Promise<void> {
  for (const s of SCHULUNGEN) {
    const [p] = await tx.select().from(mitarbeiter).where(eq(mitarbeiter.name, s.name));
    await tx.insert(mitarbeiterSchulung).values({
      organisationId: p.organisationId,
      mitarbeiterId: p.id,
      art: s.art,
      titel: 'titel' in s ? s.titel : null,
      datum: d(s.datum),
      anbieter: s.anbieter,
    });
  }
}
