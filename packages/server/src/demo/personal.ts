import { type Db, mitarbeiter, mitarbeiterVk } from '@hilfewerk/db';

interface DemoPerson {
  org: string;
  name: string;
  email?: string;
  qualifikation: 'sozialpaedagogik' | 'erziehung' | 'semiprofessionell';
  funktion: 'betreuung' | 'leitung';
  berufsjahre?: number;
  leistung: string;
  eintritt: string;
  fuehrungszeugnisAm?: string;
  vk: [string, number][];
}

/**
 * The staff register of the demo (25.11.2026). Its story: KIJU is fully staffed; Bremerhaven's aftercare
 * (LT 11) lacks Betreuung VK since a colleague reduced her hours in November, and its Trägerbudget team is
 * half a post short; MuKi meets the D.8 keys. One certificate of conduct is overdue, one missing.
 */
const PERSONEN: DemoPerson[] = [
  {
    org: 'kiju',
    name: 'Lea Leitner',
    email: 'leitung@kiju.demo',
    qualifikation: 'sozialpaedagogik',
    funktion: 'leitung',
    berufsjahre: 12,
    leistung: 'kiju-nachbetreuung',
    eintritt: '2018-04-01',
    fuehrungszeugnisAm: '2023-03-10',
    vk: [['2018-04-01', 0.5]],
  },
  {
    org: 'kiju',
    name: 'Finn Fachmann',
    email: 'fachkraft@kiju.demo',
    qualifikation: 'sozialpaedagogik',
    funktion: 'betreuung',
    berufsjahre: 4,
    leistung: 'kiju-nachbetreuung',
    eintritt: '2022-08-01',
    fuehrungszeugnisAm: '2021-10-01',
    vk: [['2022-08-01', 0.75]],
  },
  {
    org: 'kiju',
    name: 'Sami Helfer',
    email: 'semiprofessionell@kiju.demo',
    qualifikation: 'semiprofessionell',
    funktion: 'betreuung',
    leistung: 'kiju-nachbetreuung',
    eintritt: '2024-02-01',
    vk: [['2024-02-01', 0.5]],
  },
  {
    org: 'tbh',
    name: 'Lars Lotse',
    email: 'leitung@traeger-bremerhaven.demo',
    qualifikation: 'sozialpaedagogik',
    funktion: 'leitung',
    berufsjahre: 9,
    leistung: 'lt11-nachbetreuung',
    eintritt: '2019-01-01',
    fuehrungszeugnisAm: '2024-06-12',
    vk: [['2019-01-01', 0.1]],
  },
  {
    org: 'tbh',
    name: 'Frieda Fischer',
    email: 'fachkraft@traeger-bremerhaven.demo',
    qualifikation: 'sozialpaedagogik',
    funktion: 'betreuung',
    berufsjahre: 3,
    leistung: 'lt11-nachbetreuung',
    eintritt: '2023-09-01',
    fuehrungszeugnisAm: '2023-08-15',
    vk: [
      ['2023-09-01', 0.25],
      ['2026-11-01', 0.15],
    ],
  },
  {
    org: 'tbh',
    name: 'Emil Ehlers',
    qualifikation: 'erziehung',
    funktion: 'betreuung',
    berufsjahre: 2,
    leistung: 'lt11-nachbetreuung',
    eintritt: '2024-05-01',
    fuehrungszeugnisAm: '2024-04-20',
    vk: [['2024-05-01', 0.05]],
  },
  {
    org: 'muki',
    name: 'Marta Lindner',
    email: 'leitung@mukiberlin.demo',
    qualifikation: 'sozialpaedagogik',
    funktion: 'leitung',
    berufsjahre: 15,
    leistung: 'berlin-d8',
    eintritt: '2017-01-01',
    fuehrungszeugnisAm: '2025-01-15',
    vk: [['2017-01-01', 0.2]],
  },
  {
    org: 'muki',
    name: 'Mira Mertens',
    email: 'fachkraft@mukiberlin.demo',
    qualifikation: 'sozialpaedagogik',
    funktion: 'betreuung',
    berufsjahre: 6,
    leistung: 'berlin-d8',
    eintritt: '2020-03-01',
    fuehrungszeugnisAm: '2022-02-20',
    vk: [['2020-03-01', 1.0]],
  },
  {
    org: 'muki',
    name: 'Paula Brandt',
    qualifikation: 'sozialpaedagogik',
    funktion: 'betreuung',
    berufsjahre: 2,
    leistung: 'berlin-d8',
    eintritt: '2024-09-01',
    fuehrungszeugnisAm: '2024-08-01',
    vk: [['2024-09-01', 1.0]],
  },
  {
    org: 'muki',
    name: 'Jonas Weber',
    qualifikation: 'erziehung',
    funktion: 'betreuung',
    berufsjahre: 5,
    leistung: 'berlin-d8',
    eintritt: '2021-01-01',
    fuehrungszeugnisAm: '2022-11-30',
    vk: [['2021-01-01', 0.5]],
  },
];

// The Trägerbudget team of Bremerhaven: 20 Fachkraft and 4 semiprofessional posts agreed (23,5 VK filled).
const VORNAMEN = ['Anna', 'Ben', 'Clara', 'David', 'Elif', 'Frank'];
const NACHNAMEN = ['Albers', 'Bruns', 'Claußen', 'Dierks'];
const BUDGET_TEAM: DemoPerson[] = NACHNAMEN.flatMap((nach, i) =>
  VORNAMEN.map((vor, j): DemoPerson => {
    const n = i * VORNAMEN.length + j;
    return {
      org: 'tbh',
      name: `${vor} ${nach}`,
      qualifikation: n < 20 ? 'sozialpaedagogik' : 'semiprofessionell',
      funktion: 'betreuung',
      berufsjahre: 1 + (n % 9),
      leistung: 'bremerhaven-ambulant',
      eintritt: '2025-01-01',
      fuehrungszeugnisAm: `2025-0${1 + (n % 9)}-15`,
      vk: [['2025-01-01', n === 0 ? 0.5 : 1.0]],
    };
  }),
);

export async function ladeDemoPersonal(
  tx: Db,
  org: (schluessel: string) => string,
  benutzer: (email: string) => string,
  d: (iso: string) => string,
): Promise<void> {
  for (const p of [...PERSONEN, ...BUDGET_TEAM]) {
    const organisationId = org(p.org);
    const [neu] = await tx
      .insert(mitarbeiter)
      .values({
        organisationId,
        benutzerId: p.email ? benutzer(p.email) : null,
        name: p.name,
        qualifikation: p.qualifikation,
        funktion: p.funktion,
        berufsjahre: p.berufsjahre ?? null,
        leistung: p.leistung,
        // Entry and the long-past dates stay; changes in the demo's story months move with it.
        eintritt: p.eintritt,
        fuehrungszeugnisAm: p.fuehrungszeugnisAm ? d(p.fuehrungszeugnisAm) : null,
      })
      .returning({ id: mitarbeiter.id });
    for (const [ab, vk] of p.vk) {
      await tx.insert(mitarbeiterVk).values({
        organisationId,
        mitarbeiterId: neu.id,
        ab: ab === p.eintritt ? ab : d(ab),
        vk: String(vk),
      });
    }
  }
}
