import { type Db, fall, organisation, vorkommnis, vorkommnisPflicht } from '@hilfewerk/db';
import { type Bundesland, pflichtenFuer, type VorkommnisArt } from '@hilfewerk/rules';
import { eq } from 'drizzle-orm';

interface DemoVorkommnis {
  aktenzeichen: string;
  art: VorkommnisArt;
  datum: string;
  stationaer: boolean;
  beschreibung: string;
  von: string;
  /** Duties already done: art → whom and how (date: the event's day). */
  erledigt: Partial<Record<'jugendamt' | 'sorgeberechtigte' | 'aufsicht', { an: string; weg: string }>>;
}

const VORKOMMNISSE: DemoVorkommnis[] = [
  {
    // KIJU: a crisis, the Jugendamt called, the custodians not yet — an urgent open item for the Leitung.
    aktenzeichen: 'KIJU-2026-002',
    art: 'krise',
    datum: '2026-11-24',
    stationaer: false,
    beschreibung:
      'Heftiger Streit mit dem Vater; Tom hat die Wohnung verlassen und bei einem Freund übernachtet.',
    von: 'fachkraft@kiju.demo',
    erledigt: { jugendamt: { an: 'ASD Wuppertal, Bereitschaft', weg: 'Telefon' } },
  },
  {
    // MUKI (Berlin D.8, stationary): an injury, custodians informed and the § 47 report made.
    aktenzeichen: 'MUKI-2026-001',
    art: 'verletzung',
    datum: '2026-11-09',
    stationaer: true,
    beschreibung: 'Luis ist vom Wickeltisch gefallen; Platzwunde, ambulant im Krankenhaus versorgt.',
    von: 'fachkraft@mukiberlin.demo',
    erledigt: {
      sorgeberechtigte: { an: 'Hanna Spree (Mutter)', weg: 'persönlich' },
      aufsicht: { an: 'Senatsverwaltung, Aufsicht nach §§ 45 ff. SGB VIII', weg: 'E-Mail' },
    },
  },
];

/** Crises and besondere Vorkommnisse with their duties, derived by the same rules as in use. */
export async function ladeDemoVorkommnisse(
  tx: Db,
  konto: (email: string) => string,
  d: (iso: string) => string,
): Promise<void> {
  for (const e of VORKOMMNISSE) {
    const [f] = await tx
      .select({ id: fall.id, organisationId: fall.organisationId, bundesland: organisation.bundesland })
      .from(fall)
      .innerJoin(organisation, eq(organisation.id, fall.organisationId))
      .where(eq(fall.aktenzeichen, e.aktenzeichen));
    const datum = d(e.datum);
    const [v] = await tx
      .insert(vorkommnis)
      .values({
        organisationId: f.organisationId,
        fallId: f.id,
        art: e.art,
        datum,
        beschreibung: e.beschreibung,
        stationaer: e.stationaer,
        erfasstVon: konto(e.von),
      })
      .returning({ id: vorkommnis.id });
    const pflichten = pflichtenFuer({
      art: e.art,
      datum,
      stationaer: e.stationaer,
      bundesland: f.bundesland as Bundesland,
    });
    await tx.insert(vorkommnisPflicht).values(
      pflichten.map((p) => {
        const erledigt = e.erledigt[p.art];
        return {
          organisationId: f.organisationId,
          vorkommnisId: v.id,
          fallId: f.id,
          art: p.art,
          frist: p.frist,
          faelligAm: p.faelligAm,
          grundlage: p.grundlage,
          erledigtAm: erledigt ? datum : null,
          an: erledigt?.an ?? null,
          weg: erledigt?.weg ?? null,
          erledigtVon: erledigt ? konto(e.von) : null,
        };
      }),
    );
  }
}
