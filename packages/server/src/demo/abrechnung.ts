import {
  budgetvereinbarung,
  type Db,
  fall,
  fallTeam,
  hilfe,
  leistungseintrag,
  leistungseintragTeilnahme,
  organisation,
} from '@hilfewerk/db';
import { teileMinuten } from '@hilfewerk/rules';
import { plusTage } from '@hilfewerk/rules/tag';
import { eq } from 'drizzle-orm';
import type { Rechnungsangaben } from '../use-cases/abrechnung/intern/rechnungsangaben.ts';
import { verschiebeDemoDatum } from './verschiebung.ts';

/**
 * Demo data for hours, invoices and the Trägerbudget: billing details of the
 * organisations, grant data of the Hilfen, the Bremerhaven agreement, and the hours of the past
 * months — generated from a fixed seed, so every demo database holds the same entries.
 */

type Angaben = Omit<Rechnungsangaben, 'zahlungszielTage' | 'nummernPrefix'> &
  Partial<Pick<Rechnungsangaben, 'zahlungszielTage' | 'nummernPrefix'>>;

export const DEMO_RECHNUNGSANGABEN: Record<string, Angaben> = {
  kiju: {
    rechnungsname: 'KIJU Wuppertal e. V.',
    strasse: 'Beispielstraße 12',
    plz: '42103',
    ort: 'Wuppertal',
    steuernummer: '132/5706/1234',
    registernummer: 'VR 3456, Amtsgericht Wuppertal',
    iban: 'DE02120300000000202051',
    bic: 'BYLADEM1001',
    kontakt: { name: 'Vera Verwalter', telefon: '+49 202 123456', email: 'verwaltung@kiju.demo' },
    datev: {
      beraterNr: 1001,
      mandantNr: 1,
      sachkontenlaenge: 4,
      erloesKonto: '8100',
      kontenrahmen: '03',
      wjBeginnMonat: 1,
      debitoren: { '05124000-00001-55': '10100' },
      debitorStandard: '10000',
    },
  },
  tbh: {
    rechnungsname: 'Träger Bremerhaven gGmbH',
    strasse: 'Hafenstraße 5',
    plz: '27568',
    ort: 'Bremerhaven',
    steuernummer: '75/140/12345',
    registernummer: 'HRB 4711, Amtsgericht Bremerhaven',
    iban: 'DE89370400440532013000',
    kontakt: {
      name: 'Volker Beleg',
      telefon: '+49 471 987654',
      email: 'verwaltung@traeger-bremerhaven.demo',
    },
    datev: {
      beraterNr: 1002,
      mandantNr: 7,
      sachkontenlaenge: 4,
      erloesKonto: '8100',
      wjBeginnMonat: 1,
      debitoren: {},
      debitorStandard: '10000',
    },
  },
  muki: {
    rechnungsname: 'MuKi Berlin gGmbH',
    strasse: 'Spreeweg 3',
    plz: '10557',
    ort: 'Berlin',
    steuernummer: '27/123/45678',
    registernummer: 'HRB 212345 B, Amtsgericht Charlottenburg',
    iban: 'DE12500105170648489890',
    kontakt: { name: 'Bernd Buchholz', telefon: '+49 30 5550100', email: 'verwaltung@mukiberlin.demo' },
    datev: {
      beraterNr: 1003,
      mandantNr: 12,
      sachkontenlaenge: 4,
      erloesKonto: '4100',
      kontenrahmen: '04',
      wjBeginnMonat: 1,
      debitoren: { '11001000-00002-72': '10200' },
      debitorStandard: '10000',
    },
  },
  'ja-wup': {
    rechnungsname: 'Stadt Wuppertal – Jugendamt',
    strasse: 'Neumarkt 10',
    plz: '42103',
    ort: 'Wuppertal',
  },
  'ja-bhv': {
    rechnungsname: 'Magistrat der Stadt Bremerhaven – Amt für Jugend, Familie und Frauen',
    strasse: 'Hinrich-Schmalfeldt-Straße 30',
    plz: '27576',
    ort: 'Bremerhaven',
  },
  'ja-mitte': {
    rechnungsname: 'Bezirksamt Mitte von Berlin – Jugendamt',
    strasse: 'Karl-Marx-Allee 31',
    plz: '10178',
    ort: 'Berlin',
  },
};

interface Bewilligung {
  bewilligung: string;
  entgeltSatz?: string;
  stundenProMonat?: string;
  weiterePerson?: { satz: string; zeitraeume: { von: string; bis: string | null }[] };
  /** Billed outside the rate or budget: D.8 Zusatzleistungen, Bremerhaven § 39 Sonderbedarfe. */
  zusatzleistungen?: { datum: string; text: string; betrag: string; genehmigung: string }[];
}

/** Grant data per case (Aktenzeichen of the provider): reference, agreed rate, granted hours per month. */
export const DEMO_BEWILLIGUNGEN: Record<string, Bewilligung> = {
  'KIJU-2026-001': { bewilligung: 'KZ-WUP-2026-0142', entgeltSatz: '67.40', stundenProMonat: '20' },
  'KIJU-2026-002': { bewilligung: 'KZ-WUP-2026-0177', entgeltSatz: '67.40', stundenProMonat: '16' },
  'KIJU-2026-003': { bewilligung: 'KZ-WUP-2026-0203', entgeltSatz: '67.40', stundenProMonat: '24' },
  'KIJU-2025-014': { bewilligung: 'KZ-WUP-2025-0930', entgeltSatz: '65.90', stundenProMonat: '12' },
  // Trägerbudget: no per-case rate; the granted hours still plan the hour controlling.
  'TBH-2026-001': {
    bewilligung: 'BHV-B-2026-311',
    stundenProMonat: '24',
    zusatzleistungen: [
      {
        datum: '2026-08-17',
        text: 'Schulbedarf (Erstausstattung)',
        betrag: '89.90',
        genehmigung: 'BHV-WJH-2026-17',
      },
    ],
  },
  'TBH-2026-002': { bewilligung: 'BHV-B-2026-355', stundenProMonat: '32' },
  // Ended in May 2026, no hours of its own: three months of Sonderbedarfe, the WJH's invoices (rechnungen.ts).
  'TBH-2025-005': {
    bewilligung: 'BHV-B-2025-902',
    zusatzleistungen: [
      {
        datum: '2025-11-24',
        text: 'Winterbekleidung für Ella',
        betrag: '145.00',
        genehmigung: 'BHV-WJH-2025-88',
      },
      {
        datum: '2025-12-08',
        text: 'Schulbedarf (Ranzen und Sportsachen)',
        betrag: '112.40',
        genehmigung: 'BHV-WJH-2025-93',
      },
      {
        datum: '2026-01-19',
        text: 'Eigenanteil Klassenfahrt',
        betrag: '96.00',
        genehmigung: 'BHV-WJH-2026-04',
      },
    ],
  },
  'TBH-2026-003': { bewilligung: 'BHV-B-2026-402', stundenProMonat: '10' },
  'TBH-2026-004': { bewilligung: 'BHV-B-2026-418', stundenProMonat: '40' },
  'TBH-NB-2026-001': { bewilligung: 'BHV-B-2026-451', entgeltSatz: '1485.00', stundenProMonat: '12' },
  'TBH-NB-2026-002': { bewilligung: 'BHV-B-2026-460', entgeltSatz: '1485.00', stundenProMonat: '12' },
  'TBH-NB-2026-003': { bewilligung: 'BHV-B-2026-471', entgeltSatz: '1485.00', stundenProMonat: '12' },
  'MUKI-2026-001': {
    bewilligung: 'KÜ-MI-2026-088',
    entgeltSatz: '312.47',
    weiterePerson: { satz: '41.80', zeitraeume: [{ von: '2026-09-01', bis: null }] },
    zusatzleistungen: [
      {
        datum: '2026-10-08',
        text: 'Dolmetscherin beim Kinderarzttermin',
        betrag: '120.00',
        genehmigung: 'HP-MI-2026-088-1',
      },
    ],
  },
  'MUKI-2026-002': { bewilligung: 'KÜ-MI-2026-131', entgeltSatz: '398.20' },
  'MUKI-2026-003': { bewilligung: 'KÜ-MI-2026-150', entgeltSatz: '245.60' },
};

/** The Bremerhaven agreement (01.01.2025 for five years; staff plan as in the budget example of docs/cli.md). */
export const DEMO_BUDGET = {
  org: 'tbh',
  jugendamt: 'ja-bhv',
  bezeichnung: 'Trägerbudget ambulante HzE Bremerhaven 2025–2029',
  gesamtbudget: '9000000.00',
  beginn: '2025-01-01',
  monate: 60,
  direktanteil: '0.8000',
  stellen: [
    { art: 'fachkraft', vk: 20, jahresstundenVk: 1600 },
    { art: 'semiprofessionell', vk: 4, jahresstundenVk: 1600 },
  ],
  basisleistungStunden: 30000,
};

/** Hours are generated up to this day: the demo's past; the month after it stays open to try the close. */
export const DEMO_STUNDEN_BIS = '2026-10-31';

/** Small deterministic PRNG (mulberry32): the same seed, the same demo. */
function zufall(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const wochentag = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const uhr = (min: number) =>
  `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

type Eintrag = typeof leistungseintrag.$inferInsert;

/**
 * Loads the billing demo into the demo transaction. `org` and `konto` resolve the demo keys and
 * e-mails to ids (as for the demo calculations); `monate` moves the hours with the demo's cases
 * (verschiebung.ts). The Trägerbudget keeps its contract period (01.01.2025 for five years).
 */
export async function ladeDemoAbrechnung(
  tx: Db,
  org: (schluessel: string) => string,
  konto: (email: string) => string,
  monate = 0,
): Promise<void> {
  const d = (iso: string) => verschiebeDemoDatum(iso, monate);
  const stundenBis = d(DEMO_STUNDEN_BIS);
  for (const [schluessel, angaben] of Object.entries(DEMO_RECHNUNGSANGABEN)) {
    await tx
      .update(organisation)
      .set({ rechnungsangaben: { zahlungszielTage: 30, nummernPrefix: 'RE', ...angaben } })
      .where(eq(organisation.id, org(schluessel)));
  }
  const hilfen = await tx
    .select({ h: hilfe, aktenzeichen: fall.aktenzeichen })
    .from(hilfe)
    .innerJoin(fall, eq(fall.id, hilfe.fallId));
  for (const { h, aktenzeichen } of hilfen) {
    const b = DEMO_BEWILLIGUNGEN[aktenzeichen];
    if (!b) continue;
    await tx
      .update(hilfe)
      .set({
        bewilligung: b.bewilligung,
        entgeltSatz: b.entgeltSatz ?? null,
        stundenProMonat: b.stundenProMonat ?? null,
        weiterePerson: b.weiterePerson
          ? {
              ...b.weiterePerson,
              zeitraeume: b.weiterePerson.zeitraeume.map((z) => ({ von: d(z.von), bis: z.bis && d(z.bis) })),
            }
          : null,
        zusatzleistungen: (b.zusatzleistungen ?? []).map((z) => ({ ...z, datum: d(z.datum) })),
      })
      .where(eq(hilfe.id, h.id));
  }
  const { org: budgetOrg, jugendamt, ...budget } = DEMO_BUDGET;
  await tx
    .insert(budgetvereinbarung)
    .values({ ...budget, organisationId: org(budgetOrg), jugendamtId: org(jugendamt) });

  const team = await tx.select().from(fallTeam);
  const rollen = new Map<string, 'fachkraft' | 'semiprofessionell'>([
    [konto('semiprofessionell@kiju.demo'), 'semiprofessionell'],
  ]);
  const eintraege: Eintrag[] = [];
  const teilnahmen: (typeof leistungseintragTeilnahme.$inferInsert)[] = [];
  /** Next free minute per person and day: entries of one person never overlap. */
  const frei = new Map<string, number>();
  const zufallszahl = zufall(20260101);
  function plane(
    benutzerId: string,
    datum: string,
    minuten: number,
  ): { beginn: string; ende: string } | null {
    const schluessel = `${benutzerId}:${datum}`;
    const start = (frei.get(schluessel) ?? 8 * 60 + Math.floor(zufallszahl() * 4) * 15) + 15;
    if (start + minuten > 19 * 60) return null;
    frei.set(schluessel, start + minuten);
    return { beginn: uhr(start), ende: uhr(start + minuten) };
  }

  const laufend = hilfen
    .filter(({ aktenzeichen }) => DEMO_BEWILLIGUNGEN[aktenzeichen]?.stundenProMonat)
    .sort((a, b) => (a.aktenzeichen < b.aktenzeichen ? -1 : 1));
  for (const { h, aktenzeichen } of laufend) {
    const mitglieder = team
      .filter((t) => t.fallId === h.fallId)
      .map((t) => t.benutzerId)
      .sort();
    if (mitglieder.length === 0) continue;
    const bis = [h.tatsaechlichesEnde ?? h.geplantesEnde ?? stundenBis, stundenBis].sort()[0];
    // Granted hours per week, delivered at 85–110 %: the controlling shows both sides of the plan.
    const wochenminuten = (Number(DEMO_BEWILLIGUNGEN[aktenzeichen].stundenProMonat) * 60 * 12) / 52;
    const faktor = 0.85 + zufallszahl() * 0.25;
    let person = 0;
    for (let montag = h.beginn; montag <= bis; montag = plusTage(montag, 7)) {
      let rest = Math.round((wochenminuten * faktor) / 15) * 15;
      while (rest > 0) {
        const dauer = Math.min(rest, 60 + Math.floor(zufallszahl() * 5) * 15);
        const datum = plusTage(montag, Math.floor(zufallszahl() * 5));
        rest -= dauer;
        if (datum > bis || datum < h.beginn || wochentag(datum) % 6 === 0) continue;
        const benutzerId = mitglieder[person++ % mitglieder.length];
        const zeit = plane(benutzerId, datum, dauer);
        if (!zeit) continue;
        const basis = {
          organisationId: h.organisationId,
          benutzerId,
          datum,
          qualifikation: rollen.get(benutzerId) ?? 'fachkraft',
          fallId: h.fallId,
          hilfeId: h.id,
        } as const;
        eintraege.push({ ...basis, ...zeit, minuten: dauer, art: 'direkt' });
        // Preparation and documentation, about a fifth of the direct time.
        const indirekt = Math.max(15, Math.round(dauer / 5 / 15) * 15);
        const z2 = plane(benutzerId, datum, indirekt);
        if (z2) eintraege.push({ ...basis, ...z2, minuten: indirekt, art: 'indirekt', bemerkung: null });
      }
    }
  }

  // Bremerhaven: a weekly parents' group of the three families Frieda Fischer works with.
  const frieda = konto('fachkraft@traeger-bremerhaven.demo');
  const gruppe = laufend.filter(({ aktenzeichen }) =>
    ['TBH-2026-001', 'TBH-2026-002', 'TBH-2026-004'].includes(aktenzeichen),
  );
  const ab = d('2026-09-03');
  const ersterDonnerstag = plusTage(ab, (4 - wochentag(ab) + 7) % 7);
  for (let donnerstag = ersterDonnerstag; donnerstag <= stundenBis; donnerstag = plusTage(donnerstag, 7)) {
    const dabei = gruppe.filter(({ h }) => h.beginn <= donnerstag);
    const zeit = plane(frieda, donnerstag, 120);
    if (dabei.length === 0 || !zeit) continue;
    const id = crypto.randomUUID();
    eintraege.push({
      id,
      organisationId: org('tbh'),
      benutzerId: frieda,
      datum: donnerstag,
      ...zeit,
      minuten: 120,
      art: 'falluebergreifend',
      qualifikation: 'fachkraft',
      gruppenangebot: 'Elterncafé Lehe',
    });
    for (const t of teileMinuten(
      120,
      dabei.map(({ h }) => h.id),
    )) {
      const fallId = dabei.find(({ h }) => h.id === t.hilfeId)?.h.fallId as string;
      teilnahmen.push({
        eintragId: id,
        organisationId: org('tbh'),
        hilfeId: t.hilfeId,
        fallId,
        minuten: t.minuten,
      });
    }
  }
  // Social-space work without a case, monthly.
  for (const monat of ['2026-07', '2026-08', '2026-09', '2026-10'].map((m) => d(`${m}-01`).slice(0, 7))) {
    const datum = `${monat}-1${Math.floor(zufallszahl() * 5)}`;
    const zeit = plane(frieda, datum, 90);
    if (zeit && wochentag(datum) % 6 !== 0) {
      eintraege.push({
        organisationId: org('tbh'),
        benutzerId: frieda,
        datum,
        ...zeit,
        minuten: 90,
        art: 'netzwerkarbeit',
        qualifikation: 'fachkraft',
        bemerkung: 'Stadtteilkonferenz Lehe',
      });
    }
  }

  for (let i = 0; i < eintraege.length; i += 500) {
    await tx.insert(leistungseintrag).values(eintraege.slice(i, i + 500));
  }
  if (teilnahmen.length > 0) await tx.insert(leistungseintragTeilnahme).values(teilnahmen);
}
