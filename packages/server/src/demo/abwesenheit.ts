import { abwesenheit, type Db, mitarbeiter } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';

/**
 * Absences of the demo (25.11.2026): at KIJU Sami Helfer is sick from 23.11. with nobody named to stand
 * in (the cases are listed as a warning) and over the on-call week from 30.11. (the rota marks it);
 * Finn Fachmann's December leave is covered by Lea Leitner. Bremerhaven and MuKi have covered leave.
 */
const ABWESENHEITEN: {
  org: string;
  name: string;
  art: 'urlaub' | 'krankheit';
  von: string;
  bis: string;
  vertretung?: string;
}[] = [
  { org: 'kiju', name: 'Sami Helfer', art: 'krankheit', von: '2026-11-23', bis: '2026-12-02' },
  {
    org: 'kiju',
    name: 'Finn Fachmann',
    art: 'urlaub',
    von: '2026-12-14',
    bis: '2026-12-23',
    vertretung: 'Lea Leitner',
  },
  {
    org: 'tbh',
    name: 'Frieda Fischer',
    art: 'urlaub',
    von: '2026-12-01',
    bis: '2026-12-05',
    vertretung: 'Emil Ehlers',
  },
  {
    org: 'muki',
    name: 'Mira Mertens',
    art: 'urlaub',
    von: '2026-12-07',
    bis: '2026-12-11',
    vertretung: 'Paula Brandt',
  },
];

export async function ladeDemoAbwesenheiten(
  tx: Db,
  org: (schluessel: string) => string,
  d: (iso: string) => string,
): Promise<void> {
  const id = async (organisationId: string, name: string) => {
    const [p] = await tx
      .select({ id: mitarbeiter.id })
      .from(mitarbeiter)
      .where(and(eq(mitarbeiter.organisationId, organisationId), eq(mitarbeiter.name, name)));
    return p.id;
  };
  for (const a of ABWESENHEITEN) {
    const organisationId = org(a.org);
    await tx.insert(abwesenheit).values({
      organisationId,
      mitarbeiterId: await id(organisationId, a.name),
      art: a.art,
      von: d(a.von),
      bis: d(a.bis),
      vertretungId: a.vertretung ? await id(organisationId, a.vertretung) : null,
    });
  }
}
