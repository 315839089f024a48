import {
  abwesenheit,
  bereitschaft,
  beschwerde,
  budgetvereinbarung,
  dokument,
  kalkulation,
  leistungseintrag,
  mitarbeiter,
} from '@hilfewerk/db';
import { desc, eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RECHNUNGSANGABEN } from '../demo/abrechnung.ts';
import { kleinesPdf } from '../demo/dokumente.ts';
import { D8 } from '../test/kalkulation-beispiel.ts';
import { formular, hochladen } from '../test/multipart.ts';
import { fallId, type TestApp, type TestSitzung, testApp } from '../test/test-app.ts';

/**
 * Who may and who may not, for every endpoint. The target is KIJU-2026-001: a KIJU Wuppertal case
 * whose team holds the Fachkraft and the semiprofessional colleague, granted by Jugendamt Wuppertal.
 * A stale version (999) is used for PATCH: 409 proves the request passed permission and scope
 * without changing anything. Records of another organisation answer 404. Every row is also sent
 * without a session (401). Every successful JSON answer is scanned for fields the role may not see
 * (`VERBOTEN`). A test at the end checks that the table names every documented route.
 */
const KONTEN = {
  administration: 'admin@kiju.demo',
  leitung: 'leitung@kiju.demo',
  fachkraft: 'fachkraft@kiju.demo',
  semiprofessionell: 'semiprofessionell@kiju.demo',
  verwaltung: 'verwaltung@kiju.demo',
  iefk: 'iefk@kiju.demo',
  asd: 'asd@jugendamt-wuppertal.demo',
  wjh: 'wjh@jugendamt-bremerhaven.demo',
  fachcontrolling: 'controlling@jugendamt-bremerhaven.demo',
} as const;
type R = keyof typeof KONTEN;
const ROLLEN = Object.keys(KONTEN) as R[];

/** Expected status per role; roles not listed get `sonst`. */
interface Zeile {
  name: string;
  anfrage: (s: TestSitzung, ids: Ids) => Promise<LightMyRequestResponse>;
  erwartet: Partial<Record<R, number>>;
  sonst: number;
  vorher?: (ids: Ids) => Promise<void>;
  /** A POST that only computes (no write): its success changes nothing either. */
  nurLesen?: true;
}

interface Ids {
  fall: string;
  person: string;
  hilfe: string;
  /** An event of the case (corrections use a stale version: 409, nothing changes). */
  ereignis: string;
  jugendamt: string;
  iefk: string;
  /** Open deadlines of the case: each role gets its own, so every allowed role can complete one. */
  fristen: string[];
  /** An open deadline of the Bremerhaven provider (KIJU has none of its own). */
  fremdeOrganisationsfrist: string;
  /** KIJU's own duty (team supervision): stale version 999 answers 409. */
  eigenePflicht: string;
  /** KIJU's October 2026 invoice to Jugendamt Wuppertal. */
  rechnung: string;
  /** KIJU's demo calculation (version 1) and its series. */
  kalkulation: string;
  kalkulationReihe: string;
  /** Entries of the KIJU Fachkraft: one to change, one to delete. */
  eintragAendern: string;
  eintragLoeschen: string;
  /** An open § 8a procedure on the case, with its risk assessment recorded. */
  kinderschutz: string;
  /** KIJU's organisation (addressee of the Wuppertal ASD's requests). */
  kiju: string;
  /** A report on the case's Hilfe: one sent to Jugendamt Wuppertal, one still a draft. */
  berichtGesendet: string;
  berichtEntwurf: string;
  /** The sent report's notice in Jugendamt Wuppertal's Posteingang. */
  posteingang: string;
  /** A fresh open request of the Wuppertal ASD to KIJU, made before each row that answers one. */
  anfrage: string;
  /** An HPG the Wuppertal ASD set on the case's Hilfe. */
  hpg: string;
  /** A fresh unreviewed goal of the case's Hilfeplan, made before each row that changes or deletes one. */
  ziel: string;
  /** A complaint of the Bremerhaven provider. */
  fremdeBeschwerde: string;
  /** A person of the Bremerhaven provider's staff register. */
  fremderMitarbeiter: string;
  /** An on-call shift of the Bremerhaven provider. */
  fremderDienst: string;
  /** The Bremerhaven provider's Trägerbudget, agreed with Jugendamt Bremerhaven. */
  traegerbudget: string;
  /** A crisis on the case, its custodians' information still open. */
  vorkommnis: string;
  /** Frieda Fischer's leave at the Bremerhaven provider. */
  fremdeAbwesenheit: string;
  /** A document of the case; a fresh one before each row that deletes one. */
  dokument: string;
  dokumentLoeschen: string;
  /** The demo Bescheid of KIJU-2025-014, whose team holds the semiprofessional colleague but not the Fachkraft. */
  dokumentAnderesTeam: string;
  /** The Bremerhaven provider's demo Bescheid. */
  fremdesDokument: string;
}

let t: TestApp;
let ids: Ids;
const sitzungen = new Map<R, TestSitzung>();
function sitzung(r: R): TestSitzung {
  const s = sitzungen.get(r);
  if (!s) throw new Error(`keine Sitzung für ${r}`);
  return s;
}

beforeAll(async () => {
  t = await testApp();
  for (const r of ROLLEN) sitzungen.set(r, await t.als(KONTEN[r]));
  const leitung = sitzung('leitung');
  const fall = await fallId(t, 'KIJU-2026-001');
  const akte = (await leitung.get(`/api/faelle/${fall}`)).json();
  const fristen = (await leitung.get(`/api/faelle/${fall}/fristen`)).json() as {
    id: string;
    status: string;
  }[];
  const tbh = await t.als('leitung@traeger-bremerhaven.demo');
  const orgFristen = (await tbh.get('/api/organisationsfristen')).json() as { id: string; status: string }[];
  const abschluss = await sitzung('verwaltung').post('/api/abschluesse', { monat: '2026-10' });
  expect(abschluss.statusCode).toBe(201);
  const [kalk] = (await leitung.get('/api/kalkulationen')).json();
  const eintrag = async (datum: string) => {
    const res = await sitzung('fachkraft').post('/api/leistungen', {
      datum,
      minuten: 20,
      art: 'netzwerkarbeit',
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const ks = await sitzung('fachkraft').post('/api/kinderschutz', {
    fallId: fall,
    anhaltspunkte: 'Zugriffstest',
  });
  expect(ks.statusCode).toBe(201);
  const vk = await sitzung('fachkraft').post(`/api/faelle/${fall}/vorkommnisse`, {
    art: 'krise',
    datum: '2026-11-24',
    beschreibung: 'Zugriffstest',
  });
  expect(vk.statusCode, vk.body).toBe(201);
  const dok = await hochladen(t, leitung, fall, 'bescheid', {
    name: 'Bescheid.pdf',
    inhalt: kleinesPdf('Zugriff'),
  });
  expect(dok.statusCode, dok.body).toBe(201);
  const demoDokument = async (aktenzeichen: string | null) =>
    (
      await system<{ id: string }[]>((tx) =>
        tx
          .select({ id: dokument.id })
          .from(dokument)
          .where(
            aktenzeichen
              ? eq(dokument.fallId, sql`(select id from fall where aktenzeichen = ${aktenzeichen})`)
              : eq(dokument.organisationId, tbh.organisation.id),
          ),
      )
    )[0].id;
  ids = {
    dokument: dok.json().id,
    dokumentLoeschen: '',
    dokumentAnderesTeam: await demoDokument('KIJU-2025-014'),
    fremdesDokument: await demoDokument(null),
    vorkommnis: vk.json().id,
    kinderschutz: ks.json().id,
    fall,
    person: akte.personen[0].id,
    hilfe: akte.hilfen[0].id,
    ereignis: akte.ereignisse[0].id,
    jugendamt: akte.hilfen[0].jugendamt.id,
    iefk: sitzung('iefk').benutzer.id,
    fristen: fristen.filter((f) => f.status !== 'erledigt').map((f) => f.id),
    fremdeOrganisationsfrist: (orgFristen.find((f) => f.status === 'offen') as { id: string }).id,
    eigenePflicht: (await leitung.get('/api/eigene-pflichten')).json()[0].id,
    rechnung: abschluss.json().rechnungen[0].id,
    kalkulation: kalk.id,
    kalkulationReihe: kalk.reiheId,
    eintragAendern: await eintrag('2026-11-18'),
    eintragLoeschen: await eintrag('2026-11-19'),
    ...(await berichte(akte.hilfen[0].id)),
    kiju: leitung.organisation.id,
    anfrage: '',
    ziel: '',
    hpg: (
      await sitzung('asd').post(`/api/hilfen/${akte.hilfen[0].id}/hilfeplan/termine`, { datum: '2027-01-15' })
    ).json().termine[0].id,
    fremdeBeschwerde: (
      await system<{ id: string }[]>((tx) =>
        tx.select({ id: beschwerde.id }).from(beschwerde).where(eq(beschwerde.vorgangsnummer, 'B-M2NA-6CVE')),
      )
    )[0].id,
    fremderMitarbeiter: (
      await system<{ id: string }[]>((tx) =>
        tx.select({ id: mitarbeiter.id }).from(mitarbeiter).where(eq(mitarbeiter.name, 'Lars Lotse')),
      )
    )[0].id,
    fremderDienst: (
      await system<{ id: string }[]>((tx) =>
        tx
          .select({ id: bereitschaft.id })
          .from(bereitschaft)
          .innerJoin(mitarbeiter, eq(mitarbeiter.id, bereitschaft.mitarbeiterId))
          .where(eq(mitarbeiter.name, 'Lars Lotse')),
      )
    )[0].id,
    traegerbudget: (
      await system<{ id: string }[]>((tx) =>
        tx.select({ id: budgetvereinbarung.id }).from(budgetvereinbarung),
      )
    )[0].id,
    fremdeAbwesenheit: (
      await system<{ id: string }[]>((tx) =>
        tx
          .select({ id: abwesenheit.id })
          .from(abwesenheit)
          .innerJoin(mitarbeiter, eq(mitarbeiter.id, abwesenheit.mitarbeiterId))
          .where(eq(mitarbeiter.name, 'Frieda Fischer')),
      )
    )[0].id,
  };
  expect(ids.fristen.length).toBeGreaterThanOrEqual(3);
});
afterAll(() => t.close());

async function berichte(hilfeId: string) {
  const fk = sitzung('fachkraft');
  const neu = async () =>
    (
      await fk.post('/api/berichte', {
        hilfeId,
        art: 'entwicklungsbericht',
        inhalt: { verlauf: 'Zugriffstest' },
      })
    ).json().id as string;
  const berichtGesendet = await neu();
  expect((await fk.post(`/api/berichte/${berichtGesendet}/senden`)).statusCode).toBe(200);
  const [notiz] = (await sitzung('asd').get('/api/posteingang')).json();
  return { berichtGesendet, berichtEntwurf: await neu(), posteingang: notiz.id as string };
}

/** A fresh open request of the Wuppertal ASD to KIJU, so every allowed answer is a first answer. */
async function neuesZiel(i: Ids): Promise<void> {
  const res = await sitzung('asd').post(`/api/hilfen/${i.hilfe}/hilfeplan/ziele`, {
    text: 'Zugriffstest Ziel',
  });
  expect(res.statusCode).toBe(201);
  i.ziel = res.json().ziele.at(-1).id;
}

async function neueAnfrage(i: Ids): Promise<void> {
  const res = await sitzung('asd').post('/api/anfragen', anfrageAnKiju(i));
  expect(res.statusCode).toBe(201);
  i.anfrage = res.json().id;
}

const anfrageAnKiju = (i: Ids) => ({
  traegerId: i.kiju,
  leistung: 'kiju-nachbetreuung',
  variante: 'eigene-wohnung',
  jungerMensch: { vorname: 'Zora', nachname: 'Zugriff', geburtsdatum: '2008-03-03' },
  beginn: '2026-12-01',
  empfehlung: null,
  kinderschutzrelevant: false,
  anlass: 'Zugriffstest',
});

const BERICHT_LESER = { leitung: 200, fachkraft: 200, semiprofessionell: 200, asd: 200 } as const;

let nr = 0;
const neuesAz = () => `ZUGRIFF-${++nr}`;
let monatNr = 0;
/** A past month per call (2025-01, 2025-02, …), so each allowed close is a first close. */
/** A fresh past month per call (2025-01, 2025-02, … 2026-01, …): a month closes only once. */
const neuerMonat = () => {
  const n = monatNr++;
  return `${2025 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};

const rolleVon = (s: TestSitzung) => s.benutzer.rolle as R;
/** A different open deadline per role (refused roles may share one: they change nothing). */
const fristFuer = (s: TestSitzung, i: Ids) =>
  i.fristen[Math.max(0, ROLLEN.indexOf(rolleVon(s))) % i.fristen.length];

async function system<T>(fn: Parameters<TestApp['db']['withSystemTx']>[0]): Promise<T> {
  return (await t.db.withSystemTx(fn)) as T;
}

async function versionDesEintrags(id: string): Promise<number> {
  const [z] = await system<{ v: number }[]>((tx) =>
    tx.select({ v: leistungseintrag.version }).from(leistungseintrag).where(eq(leistungseintrag.id, id)),
  );
  return z?.v ?? 1;
}

async function letzteKalkulationsversion(reiheId: string): Promise<number> {
  const [z] = await system<{ v: number }[]>((tx) =>
    tx
      .select({ v: kalkulation.version })
      .from(kalkulation)
      .where(eq(kalkulation.reiheId, reiheId))
      .orderBy(desc(kalkulation.version))
      .limit(1),
  );
  return z.v;
}

/** The caller's own agreement version, read as the system; undefined when there is none yet. */
async function budgetVersion(organisationId: string): Promise<number | undefined> {
  const [z] = await system<{ v: number }[]>((tx) =>
    tx
      .select({ v: budgetvereinbarung.version })
      .from(budgetvereinbarung)
      .where(eq(budgetvereinbarung.organisationId, organisationId)),
  );
  return z?.v;
}

const FRIST_LESER = { administration: 200, leitung: 200, fachkraft: 200, semiprofessionell: 200 } as const;
const KALKULATION_LESER = {
  administration: 200,
  leitung: 200,
  verwaltung: 200,
  wjh: 200,
  fachcontrolling: 200,
} as const;

const TABELLE: Zeile[] = [
  {
    name: 'GET /api/kennzahlen',
    anfrage: (s) => s.get('/api/kennzahlen?jahr=2026'),
    erwartet: { leitung: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/kennzahlen/traeger',
    anfrage: (s) => s.get('/api/kennzahlen/traeger?jahr=2026'),
    erwartet: { fachcontrolling: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/kennzahlen/traeger/export',
    anfrage: (s) => s.get('/api/kennzahlen/traeger/export?jahr=2026&format=csv'),
    erwartet: { fachcontrolling: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/kennzahlen/bericht',
    anfrage: (s) => s.get('/api/kennzahlen/bericht?jahr=2026'),
    erwartet: { leitung: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/kennzahlen/bericht/texte',
    anfrage: (s) => s.get('/api/kennzahlen/bericht/texte?jahr=2026'),
    erwartet: { leitung: 200 },
    sonst: 403,
  },
  {
    // A stale version: 409 proves the Leitung passed, without changing anything.
    name: 'PUT /api/kennzahlen/bericht/texte',
    anfrage: (s) =>
      s.put('/api/kennzahlen/bericht/texte', { jahr: 2026, version: 999, texte: { ausblick: 'x' } }),
    erwartet: { leitung: 409 },
    sonst: 403,
  },
  {
    name: 'POST /api/kennzahlen/bericht/senden',
    anfrage: (s, i) => s.post('/api/kennzahlen/bericht/senden', { jahr: 2024, jugendamtId: i.jugendamt }),
    erwartet: { leitung: 200 },
    sonst: 403,
  },
  {
    // A report notice carries no letter of its own (its PDF is the report's): 404 for the ASD.
    name: 'GET /api/posteingang/:id/pdf',
    anfrage: (s, i) => s.get(`/api/posteingang/${i.posteingang}/pdf`),
    erwartet: { asd: 404 },
    sonst: 403,
  },
  {
    name: 'GET /api/kinderschutz',
    anfrage: (s) => s.get('/api/kinderschutz'),
    erwartet: { leitung: 200, fachkraft: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/kinderschutz/vignetten',
    anfrage: (s) => s.get('/api/kinderschutz/vignetten'),
    erwartet: { iefk: 200 },
    sonst: 403,
  },
  {
    name: 'POST /api/kinderschutz',
    anfrage: (s, i) => s.post('/api/kinderschutz', { fallId: i.fall, anhaltspunkte: 'Zugriffstest' }),
    erwartet: { leitung: 201, fachkraft: 201 },
    sonst: 403,
  },
  {
    name: 'GET /api/kinderschutz/:id',
    anfrage: (s, i) => s.get(`/api/kinderschutz/${i.kinderschutz}`),
    erwartet: { leitung: 200, fachkraft: 200 },
    sonst: 403,
  },
  {
    // Closing without an assessment: the team gets 409 (order), the iefk 422 (she only advises).
    name: 'POST /api/kinderschutz/:id/schritte',
    anfrage: (s, i) =>
      s.post(`/api/kinderschutz/${i.kinderschutz}/schritte`, {
        art: 'abschluss',
        datum: '2026-11-20',
        inhalt: {},
      }),
    erwartet: { leitung: 409, fachkraft: 409, iefk: 422 },
    sonst: 403,
  },
  {
    name: 'GET /api/kinderschutz/:id/vignette',
    anfrage: (s, i) => s.get(`/api/kinderschutz/${i.kinderschutz}/vignette`),
    erwartet: { leitung: 200, fachkraft: 200, iefk: 200 },
    sonst: 403,
  },
  {
    // No notification yet: 404 for those who may read the procedure.
    name: 'GET /api/kinderschutz/:id/mitteilung/pdf',
    anfrage: (s, i) => s.get(`/api/kinderschutz/${i.kinderschutz}/mitteilung/pdf`),
    erwartet: { leitung: 404, fachkraft: 404 },
    sonst: 403,
  },
  {
    name: 'GET /api/organisation/rechnungsangaben',
    anfrage: (s) => s.get('/api/organisation/rechnungsangaben'),
    erwartet: { administration: 200, leitung: 200, verwaltung: 200, wjh: 200 },
    sonst: 403,
  },
  {
    // A longer payment term: a real change that no later row depends on.
    name: 'PUT /api/organisation/rechnungsangaben',
    anfrage: (s) =>
      s.put('/api/organisation/rechnungsangaben', {
        angaben: { nummernPrefix: 'RE', ...DEMO_RECHNUNGSANGABEN.kiju, zahlungszielTage: 31 },
      }),
    erwartet: { administration: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/organisation/leistungen',
    anfrage: (s) => s.get('/api/organisation/leistungen'),
    erwartet: { administration: 200, leitung: 200 },
    sonst: 403,
  },
  {
    // A Leistung KIJU does not offer yet: a real change that no later row depends on.
    name: 'POST /api/organisation/leistungen',
    anfrage: (s) => s.post('/api/organisation/leistungen', { leistung: 'berlin-d8' }),
    erwartet: { leitung: 201 },
    sonst: 403,
  },
  {
    // Not offered: 404 proves the Leitung passed permission and scope without changing anything.
    name: 'DELETE /api/organisation/leistungen/:leistung',
    anfrage: (s) => s.del('/api/organisation/leistungen/lt11-nachbetreuung'),
    erwartet: { leitung: 404 },
    sonst: 403,
  },
  {
    name: 'GET /api/faelle',
    anfrage: (s) => s.get('/api/faelle'),
    erwartet: {
      administration: 200,
      leitung: 200,
      fachkraft: 200,
      semiprofessionell: 200,
      verwaltung: 200,
      asd: 200,
      wjh: 200,
    },
    sonst: 403,
  },
  {
    name: 'GET /api/faelle/:id',
    anfrage: (s, i) => s.get(`/api/faelle/${i.fall}`),
    erwartet: {
      administration: 200,
      leitung: 200,
      fachkraft: 200,
      semiprofessionell: 200,
      verwaltung: 200,
      asd: 200,
      wjh: 404,
      // The iefk advises on pseudonymised vignettes: for her, a case does not exist.
      iefk: 404,
    },
    sonst: 403,
  },
  {
    name: 'POST /api/faelle',
    anfrage: (s) => s.post('/api/faelle', { aktenzeichen: neuesAz(), bezeichnung: 'Zugriffstest' }),
    erwartet: { administration: 201, leitung: 201, fachkraft: 201 },
    sonst: 403,
  },
  {
    name: 'PATCH /api/faelle/:id',
    anfrage: (s, i) => s.patch(`/api/faelle/${i.fall}`, { version: 999, bezeichnung: 'x' }),
    erwartet: { administration: 409, leitung: 409, fachkraft: 409 },
    sonst: 403,
  },
  {
    name: 'POST /api/faelle/:id/personen',
    anfrage: (s, i) =>
      s.post(`/api/faelle/${i.fall}/personen`, { rolle: 'geschwister', vorname: 'Z', nachname: 'T' }),
    erwartet: { administration: 201, leitung: 201, fachkraft: 201 },
    sonst: 403,
  },
  {
    name: 'PATCH /api/faelle/:id/personen/:personId',
    anfrage: (s, i) => s.patch(`/api/faelle/${i.fall}/personen/${i.person}`, { version: 999, vorname: 'x' }),
    erwartet: { administration: 409, leitung: 409, fachkraft: 409 },
    sonst: 403,
  },
  {
    name: 'POST /api/faelle/:id/hilfen',
    anfrage: (s, i) =>
      s.post(`/api/faelle/${i.fall}/hilfen`, {
        leistung: 'kiju-nachbetreuung',
        variante: 'eigene-wohnung',
        rechtsgrundlage: '§ 41 SGB VIII',
        jugendamtId: i.jugendamt,
        beginn: '2025-01-01',
      }),
    erwartet: { administration: 201, leitung: 201, fachkraft: 201, verwaltung: 201 },
    sonst: 403,
  },
  {
    name: 'PATCH /api/faelle/:id/hilfen/:hilfeId',
    anfrage: (s, i) => s.patch(`/api/faelle/${i.fall}/hilfen/${i.hilfe}`, { version: 999, endegrund: 'x' }),
    erwartet: { administration: 409, leitung: 409, fachkraft: 409, verwaltung: 409 },
    sonst: 403,
  },
  {
    name: 'POST /api/faelle/:id/ereignisse',
    anfrage: (s, i) => s.post(`/api/faelle/${i.fall}/ereignisse`, { art: 'sonstiges', datum: '2026-11-01' }),
    erwartet: { leitung: 201, fachkraft: 201, semiprofessionell: 201 },
    sonst: 403,
  },
  {
    name: 'PATCH /api/faelle/:id/ereignisse/:ereignisId',
    anfrage: (s, i) =>
      s.patch(`/api/faelle/${i.fall}/ereignisse/${i.ereignis}`, { version: 999, notiz: 'Zugriffstest' }),
    erwartet: { leitung: 409, fachkraft: 409, semiprofessionell: 409 },
    sonst: 403,
  },
  {
    name: 'GET /api/faelle/:id/notizen',
    anfrage: (s, i) => s.get(`/api/faelle/${i.fall}/notizen`),
    erwartet: { leitung: 200, fachkraft: 200, semiprofessionell: 200 },
    sonst: 403,
  },
  {
    name: 'POST /api/faelle/:id/notizen',
    anfrage: (s, i) => s.post(`/api/faelle/${i.fall}/notizen`, { text: 'Zugriffstest' }),
    erwartet: { leitung: 201, fachkraft: 201, semiprofessionell: 201 },
    sonst: 403,
  },
  {
    name: 'POST /api/faelle/:id/notizen (besondere Kategorie)',
    anfrage: (s, i) =>
      s.post(`/api/faelle/${i.fall}/notizen`, { text: 'Gesundheit', besondereKategorie: true }),
    erwartet: { leitung: 201, fachkraft: 201 },
    sonst: 403,
  },
  {
    name: 'POST /api/faelle/:id/team/:benutzerId',
    // Adding twice changes nothing: each role starts from a team without the iefk.
    vorher: async (i) => {
      await sitzung('leitung').del(`/api/faelle/${i.fall}/team/${i.iefk}`);
    },
    anfrage: (s, i) => s.post(`/api/faelle/${i.fall}/team/${i.iefk}`),
    erwartet: { administration: 201, leitung: 201 },
    sonst: 403,
  },
  {
    name: 'DELETE /api/faelle/:id/team/:benutzerId',
    vorher: async (i) => {
      await sitzung('leitung').post(`/api/faelle/${i.fall}/team/${i.iefk}`);
    },
    anfrage: (s, i) => s.del(`/api/faelle/${i.fall}/team/${i.iefk}`),
    erwartet: { administration: 204, leitung: 204 },
    sonst: 403,
  },
  {
    name: 'GET /api/jugendaemter',
    anfrage: (s) => s.get('/api/jugendaemter'),
    erwartet: {},
    sonst: 200,
  },
  { name: 'GET /api/katalog', anfrage: (s) => s.get('/api/katalog'), erwartet: {}, sonst: 200 },
  {
    name: 'GET /api/benutzer',
    anfrage: (s) => s.get('/api/benutzer'),
    erwartet: { administration: 200, leitung: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/faelle/:id/personen/:personId/auskunft',
    anfrage: (s, i) => s.get(`/api/faelle/${i.fall}/personen/${i.person}/auskunft`),
    erwartet: { leitung: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/faelle/:id/personen/:personId/auskunft/pdf',
    anfrage: (s, i) => s.get(`/api/faelle/${i.fall}/personen/${i.person}/auskunft/pdf`),
    erwartet: { leitung: 200 },
    sonst: 403,
  },
  {
    name: 'POST /api/benutzer',
    anfrage: (s) =>
      s.post('/api/benutzer', { email: `neu-${rolleVon(s)}@kiju.demo`, name: 'Neu', rolle: 'fachkraft' }),
    erwartet: { administration: 201 },
    sonst: 403,
  },
  {
    name: 'PATCH /api/benutzer/:id',
    // Jugendamt roles are refused by the permission table before the account could be looked up.
    anfrage: (s, i) => s.patch(`/api/benutzer/${i.iefk}`, { name: 'Umbenannt durch die Administration' }),
    erwartet: { administration: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/audit',
    anfrage: (s) => s.get('/api/audit'),
    erwartet: { administration: 200, leitung: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/aufbewahrung',
    anfrage: (s) => s.get('/api/aufbewahrung'),
    erwartet: { administration: 200, leitung: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/faelle/:id/loeschsperre',
    anfrage: (s, i) => s.get(`/api/faelle/${i.fall}/loeschsperre`),
    erwartet: { administration: 200, leitung: 200 },
    sonst: 403,
  },
  // The Leitung sets a hold on the case and lifts it again in the next row.
  {
    name: 'POST /api/faelle/:id/loeschsperre',
    anfrage: (s, i) => s.post(`/api/faelle/${i.fall}/loeschsperre`, { grund: 'Zugriffstest' }),
    erwartet: { leitung: 201 },
    sonst: 403,
  },
  {
    name: 'DELETE /api/faelle/:id/loeschsperre',
    anfrage: (s, i) => s.del(`/api/faelle/${i.fall}/loeschsperre`),
    erwartet: { leitung: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/audit.csv',
    anfrage: (s) => s.get('/api/audit.csv?ressource=fall'),
    erwartet: { administration: 200, leitung: 200 },
    sonst: 403,
  },
  { name: 'GET /api/auth/me', anfrage: (s) => s.get('/api/auth/me'), erwartet: {}, sonst: 200 },
  { name: 'GET /api/auth/csrf', anfrage: (s) => s.get('/api/auth/csrf'), erwartet: {}, sonst: 200 },
  { name: 'GET /api/auth/sitzungen', anfrage: (s) => s.get('/api/auth/sitzungen'), erwartet: {}, sonst: 200 },

  // Fristen. Jugendamt roles, Verwaltung and the iefk see no case deadlines.
  {
    name: 'GET /api/faelle/:id/fristen',
    anfrage: (s, i) => s.get(`/api/faelle/${i.fall}/fristen`),
    erwartet: FRIST_LESER,
    sonst: 403,
  },
  {
    name: 'GET /api/fristen/meine',
    anfrage: (s) => s.get('/api/fristen/meine'),
    erwartet: FRIST_LESER,
    sonst: 403,
  },
  {
    name: 'GET /api/fristen/team',
    anfrage: (s) => s.get('/api/fristen/team'),
    // The team view needs the whole organisation in scope: Fachkraft and semiprofessional staff are refused.
    erwartet: { administration: 200, leitung: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/fristen/erinnerungen',
    anfrage: (s) => s.get('/api/fristen/erinnerungen'),
    erwartet: FRIST_LESER,
    sonst: 403,
  },
  {
    name: 'GET /api/fristen/hilfeende',
    anfrage: (s) => s.get('/api/fristen/hilfeende?leistung=lt11-nachbetreuung&beginn=2026-01-15'),
    erwartet: {
      administration: 200,
      leitung: 200,
      fachkraft: 200,
      semiprofessionell: 200,
      verwaltung: 200,
      asd: 200,
      wjh: 200,
    },
    sonst: 403,
  },
  {
    name: 'GET /api/fristen',
    anfrage: (s) => s.get('/api/fristen?von=2026-11-01&bis=2026-11-30'),
    erwartet: FRIST_LESER,
    sonst: 403,
  },
  {
    name: 'POST /api/fristen/:id/erledigen',
    anfrage: (s, i) =>
      s.post(`/api/fristen/${fristFuer(s, i)}/erledigen`, {
        erledigtAm: '2026-11-20',
        nachweis: 'Zugriffstest',
      }),
    // Administration reads deadlines but does not record what met them.
    erwartet: { leitung: 200, fachkraft: 200, semiprofessionell: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/personal/besetzung',
    anfrage: (s) => s.get('/api/personal/besetzung?monat=2026-11'),
    erwartet: { leitung: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/personal/besetzung/jahr',
    anfrage: (s) => s.get('/api/personal/besetzung/jahr?jahr=2026'),
    erwartet: { leitung: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/personal',
    anfrage: (s) => s.get('/api/personal'),
    erwartet: { leitung: 200, administration: 200 },
    sonst: 403,
  },
  {
    name: 'POST /api/personal',
    anfrage: (s) =>
      s.post('/api/personal', {
        name: `Zugriffstest ${++nr}`,
        qualifikation: 'erziehung',
        funktion: 'betreuung',
        leistung: 'kiju-nachbetreuung',
        eintritt: '2026-11-01',
        vk: 0.5,
      }),
    erwartet: { leitung: 201, administration: 201 },
    sonst: 403,
  },
  {
    name: 'POST /api/personal/:id/vk (fremde Organisation)',
    anfrage: (s, i) => s.post(`/api/personal/${i.fremderMitarbeiter}/vk`, { ab: '2026-12-01', vk: 0.5 }),
    erwartet: { leitung: 404, administration: 404 },
    sonst: 403,
  },
  {
    name: 'PATCH /api/personal/:id (fremde Organisation)',
    anfrage: (s, i) =>
      s.patch(`/api/personal/${i.fremderMitarbeiter}`, {
        name: 'Zugriffstest',
        qualifikation: 'erziehung',
        funktion: 'betreuung',
        leistung: 'kiju-nachbetreuung',
        eintritt: '2026-11-01',
        version: 1,
      }),
    erwartet: { leitung: 404, administration: 404 },
    sonst: 403,
  },
  {
    name: 'GET /api/personal/abwesenheiten',
    anfrage: (s) => s.get('/api/personal/abwesenheiten'),
    erwartet: { leitung: 200, administration: 200 },
    sonst: 403,
  },
  {
    name: 'POST /api/personal/:id/abwesenheiten (fremde Organisation)',
    anfrage: (s, i) =>
      s.post(`/api/personal/${i.fremderMitarbeiter}/abwesenheiten`, {
        art: 'urlaub',
        von: '2027-01-04',
        bis: '2027-01-08',
      }),
    erwartet: { leitung: 404, administration: 404 },
    sonst: 403,
  },
  {
    name: 'DELETE /api/personal/abwesenheiten/:id (fremde Organisation)',
    anfrage: (s, i) => s.del(`/api/personal/abwesenheiten/${i.fremdeAbwesenheit}`),
    erwartet: { leitung: 404, administration: 404 },
    sonst: 403,
  },
  {
    name: 'GET /api/bereitschaft/:monat',
    anfrage: (s) => s.get('/api/bereitschaft/2026-11'),
    erwartet: { leitung: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/bereitschaft/:monat/pdf',
    anfrage: (s) => s.get('/api/bereitschaft/2026-11/pdf'),
    erwartet: { leitung: 200 },
    sonst: 403,
  },
  {
    name: 'POST /api/bereitschaft/dienste (fremde Person)',
    anfrage: (s, i) =>
      s.post('/api/bereitschaft/dienste', {
        mitarbeiterId: i.fremderMitarbeiter,
        von: '2027-05-01T08:00:00+02:00',
        bis: '2027-05-02T08:00:00+02:00',
        telefon: '0170 1',
      }),
    // Leitung reaches the check of the register: another provider's person is not in it.
    erwartet: { leitung: 422 },
    sonst: 403,
  },
  {
    name: 'DELETE /api/bereitschaft/dienste/:id (fremde Organisation)',
    anfrage: (s, i) => s.del(`/api/bereitschaft/dienste/${i.fremderDienst}`),
    erwartet: { leitung: 404 },
    sonst: 403,
  },
  {
    name: 'GET /api/beschwerden',
    anfrage: (s) => s.get('/api/beschwerden'),
    erwartet: { leitung: 200 },
    sonst: 403,
  },
  {
    name: 'PATCH /api/beschwerden/:id (fremde Organisation)',
    anfrage: (s, i) => s.patch(`/api/beschwerden/${i.fremdeBeschwerde}`, { status: 'in_bearbeitung' }),
    erwartet: { leitung: 404 },
    sonst: 403,
  },
  {
    // A receipt in the future: Leitung passes the access check and is stopped after it, nothing stored.
    name: 'POST /api/beschwerden',
    anfrage: (s) => s.post('/api/beschwerden', { quelle: 'extern', eingegangenAm: '2099-01-01', text: 'x' }),
    erwartet: { leitung: 422 },
    sonst: 403,
  },
  {
    name: 'GET /api/beschwerden/statistik',
    anfrage: (s) => s.get('/api/beschwerden/statistik?jahr=2026'),
    erwartet: { leitung: 200 },
    sonst: 403,
  },
  {
    name: 'PUT /api/beschwerden/:id/verantwortlich (fremde Organisation)',
    anfrage: (s, i) =>
      s.put(`/api/beschwerden/${i.fremdeBeschwerde}/verantwortlich`, { verantwortlichId: null }),
    erwartet: { leitung: 404 },
    sonst: 403,
  },
  {
    name: 'PUT /api/beschwerden/:id/abschluss (fremde Organisation)',
    anfrage: (s, i) =>
      s.put(`/api/beschwerden/${i.fremdeBeschwerde}/abschluss`, {
        ergebnis: 'x',
        abgeschlossenAm: '2026-11-25',
      }),
    erwartet: { leitung: 404 },
    sonst: 403,
  },
  {
    name: 'GET /api/organisationsfristen',
    anfrage: (s) => s.get('/api/organisationsfristen'),
    erwartet: { administration: 200, leitung: 200, fachkraft: 200, verwaltung: 200 },
    sonst: 403,
  },
  {
    name: 'POST /api/organisationsfristen/:id/erledigen (fremde Organisation)',
    anfrage: (s, i) =>
      s.post(`/api/organisationsfristen/${i.fremdeOrganisationsfrist}/erledigen`, {
        erledigtAm: '2026-11-20',
        nachweis: 'Zugriffstest',
      }),
    // The allowed roles reach the check of the organisation: another provider's deadline is 404.
    erwartet: { administration: 404, leitung: 404 },
    sonst: 403,
  },
  {
    name: 'POST /api/organisationsfristen/:id/bericht (fremde Organisation)',
    anfrage: (s, i) => {
      const f = formular({ erledigtAm: '2026-11-20' }, [
        { feld: 'datei', name: 'Bericht.pdf', inhalt: kleinesPdf('Bericht') },
      ]);
      return t.app.inject({
        method: 'POST',
        url: `/api/organisationsfristen/${i.fremdeOrganisationsfrist}/bericht`,
        headers: { ...f.headers, cookie: s.cookie, 'x-csrf-token': s.csrfToken },
        payload: f.body,
      });
    },
    erwartet: { administration: 404, leitung: 404 },
    sonst: 403,
  },
  {
    name: 'GET /api/organisationsfristen/:id/bericht (fremde Organisation)',
    anfrage: (s, i) => s.get(`/api/organisationsfristen/${i.fremdeOrganisationsfrist}/bericht`),
    erwartet: { administration: 404, leitung: 404 },
    sonst: 403,
  },
  {
    name: 'GET /api/eigene-pflichten',
    anfrage: (s) => s.get('/api/eigene-pflichten'),
    erwartet: { administration: 200, leitung: 200 },
    sonst: 403,
  },
  {
    name: 'POST /api/eigene-pflichten',
    anfrage: (s) =>
      s.post('/api/eigene-pflichten', {
        titel: 'Zugriffstest',
        rhythmus: 'jaehrlich',
        erstmals: '2027-06-30',
      }),
    erwartet: { leitung: 201 },
    sonst: 403,
  },
  {
    name: 'PUT /api/eigene-pflichten/:id',
    anfrage: (s, i) =>
      s.put(`/api/eigene-pflichten/${i.eigenePflicht}`, {
        version: 999,
        titel: 'Zugriffstest',
        rhythmus: 'jaehrlich',
        erstmals: '2027-06-30',
      }),
    erwartet: { leitung: 409 },
    sonst: 403,
  },
  {
    name: 'POST /api/eigene-pflichten/:id/beenden',
    anfrage: (s, i) => s.post(`/api/eigene-pflichten/${i.eigenePflicht}/beenden`, { version: 999 }),
    erwartet: { leitung: 409 },
    sonst: 403,
  },
  {
    name: 'PUT /api/einstellungen/erinnerung',
    anfrage: (s) => s.put('/api/einstellungen/erinnerung', { erinnerungTage: 10 }),
    erwartet: FRIST_LESER,
    sonst: 403,
  },
  {
    name: 'GET /api/kalender/token',
    anfrage: (s) => s.get('/api/kalender/token'),
    erwartet: FRIST_LESER,
    sonst: 403,
  },
  {
    name: 'POST /api/kalender/token',
    anfrage: (s) => s.post('/api/kalender/token'),
    erwartet: { administration: 201, leitung: 201, fachkraft: 201, semiprofessionell: 201 },
    sonst: 403,
  },
  {
    name: 'DELETE /api/kalender/token',
    anfrage: (s) => s.del('/api/kalender/token'),
    erwartet: { administration: 204, leitung: 204, fachkraft: 204, semiprofessionell: 204 },
    sonst: 403,
  },

  // Leistungseinträge: one's own hours; someone else's entry is 404.
  {
    name: 'GET /api/leistungen',
    anfrage: (s) => s.get('/api/leistungen'),
    erwartet: { administration: 200, leitung: 200, fachkraft: 200, semiprofessionell: 200, verwaltung: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/leistungen/hilfen',
    anfrage: (s) => s.get('/api/leistungen/hilfen'),
    erwartet: { leitung: 200, fachkraft: 200, semiprofessionell: 200 },
    sonst: 403,
  },
  {
    name: 'POST /api/leistungen',
    anfrage: (s) => s.post('/api/leistungen', { datum: '2026-11-20', minuten: 15, art: 'netzwerkarbeit' }),
    erwartet: { leitung: 201, fachkraft: 201, semiprofessionell: 201 },
    sonst: 403,
  },
  {
    name: 'PUT /api/leistungen/:id',
    anfrage: async (s, i) =>
      s.put(`/api/leistungen/${i.eintragAendern}`, {
        datum: '2026-11-18',
        minuten: 25,
        art: 'netzwerkarbeit',
        version: await versionDesEintrags(i.eintragAendern),
      }),
    erwartet: { fachkraft: 200, leitung: 404, semiprofessionell: 404 },
    sonst: 403,
  },
  {
    name: 'DELETE /api/leistungen/:id',
    anfrage: (s, i) => s.del(`/api/leistungen/${i.eintragLoeschen}`),
    erwartet: { fachkraft: 204, leitung: 404, semiprofessionell: 404 },
    sonst: 403,
  },
  {
    name: 'GET /api/controlling/stunden',
    anfrage: (s) => s.get('/api/controlling/stunden?jahr=2026&monat=10'),
    erwartet: { administration: 200, leitung: 200, fachkraft: 200, verwaltung: 200 },
    sonst: 403,
  },

  // Abrechnung: Leitung and Verwaltung close months; the Jugendamt's WJH reads invoices addressed to it.
  {
    name: 'POST /api/abschluesse',
    anfrage: (s) => s.post('/api/abschluesse', { monat: neuerMonat() }),
    erwartet: { leitung: 201, verwaltung: 201 },
    sonst: 403,
  },
  {
    name: 'GET /api/abschluesse',
    anfrage: (s) => s.get('/api/abschluesse'),
    erwartet: { administration: 200, leitung: 200, verwaltung: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/abschluesse/offen',
    anfrage: (s) => s.get('/api/abschluesse/offen'),
    erwartet: { administration: 200, leitung: 200, verwaltung: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/abschluesse/:monat/vorschau',
    anfrage: (s) => s.get('/api/abschluesse/2026-09/vorschau'),
    // Those who may close see beforehand what the close would write.
    erwartet: { leitung: 200, verwaltung: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/abschluesse/:monat/datev',
    anfrage: (s) => s.get('/api/abschluesse/2026-10/datev'),
    // The WJH may read invoices, but a Jugendamt has no months of its own to export.
    erwartet: { administration: 200, leitung: 200, verwaltung: 200, wjh: 404 },
    sonst: 403,
  },
  {
    name: 'GET /api/rechnungen',
    anfrage: (s) => s.get('/api/rechnungen'),
    erwartet: { administration: 200, leitung: 200, verwaltung: 200, wjh: 200 },
    sonst: 403,
  },
  ...(['', '/pdf', '/xrechnung'] as const).map(
    (pfad): Zeile => ({
      name: `GET /api/rechnungen/:id${pfad}`,
      anfrage: (s, i) => s.get(`/api/rechnungen/${i.rechnung}${pfad}`),
      // The Bremerhaven WJH does not see an invoice addressed to Wuppertal; the Wuppertal ASD reads none.
      erwartet: { administration: 200, leitung: 200, verwaltung: 200, wjh: 404 },
      sonst: 403,
    }),
  ),
  {
    name: 'POST /api/rechnungen/:id/status',
    anfrage: (s, i) =>
      s.post(`/api/rechnungen/${i.rechnung}/status`, { status: 'versendet', datum: '2026-11-25' }),
    erwartet: { leitung: 200, verwaltung: 200 },
    sonst: 403,
  },
  {
    name: 'POST /api/rechnungen/:id/pruefung',
    anfrage: (s, i) =>
      s.post(`/api/rechnungen/${i.rechnung}/pruefung`, { schritt: 'sachlich-richtig', datum: '2026-11-25' }),
    // Only the addressed Jugendamt's WJH: Bremerhaven's does not find KIJU's invoice to Wuppertal.
    erwartet: { wjh: 404 },
    sonst: 403,
  },
  {
    name: 'POST /api/rechnungen/:id/gutschrift',
    anfrage: (s, i) =>
      s.post(`/api/rechnungen/${i.rechnung}/gutschrift`, {
        grund: 'Zugriffstest',
        positionen: [{ nr: 1, menge: '0.01' }],
      }),
    erwartet: { leitung: 201, verwaltung: 201 },
    sonst: 403,
  },

  // Trägerbudget: KIJU has no agreement until Leitung records one here.
  {
    name: 'PUT /api/budget',
    anfrage: async (s, i) =>
      s.put('/api/budget', {
        bezeichnung: 'Zugriffstest-Budget',
        jugendamtId: i.jugendamt,
        gesamtbudget: '9000000.00',
        beginn: '2025-01-01',
        monate: 60,
        direktanteil: 0.8,
        stellen: [
          { art: 'fachkraft', vk: 20, jahresstundenVk: 1600 },
          { art: 'semiprofessionell', vk: 4, jahresstundenVk: 1600 },
        ],
        basisleistungStunden: 30000,
        version: s.organisation.id ? await budgetVersion(s.organisation.id) : undefined,
      }),
    erwartet: { leitung: 200, verwaltung: 200 },
    sonst: 403,
  },
  ...(['', '/controlling'] as const).map(
    (pfad): Zeile => ({
      name: `GET /api/budget${pfad}`,
      anfrage: (s) => s.get(`/api/budget${pfad}`),
      // The provider's own agreement; the Jugendamt reads the ones agreed with it under /api/traegerbudgets.
      erwartet: { administration: 200, leitung: 200, verwaltung: 200 },
      sonst: 403,
    }),
  ),
  {
    name: 'GET /api/traegerbudgets',
    anfrage: (s) => s.get('/api/traegerbudgets'),
    erwartet: { fachcontrolling: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/traegerbudgets/:id/controlling',
    anfrage: (s, i) => s.get(`/api/traegerbudgets/${i.traegerbudget}/controlling`),
    erwartet: { fachcontrolling: 200 },
    sonst: 403,
  },

  // Kalkulation: each organisation calculates in its own space; others' calculations are 404.
  {
    name: 'GET /api/kalkulationen/leistungen',
    anfrage: (s) => s.get('/api/kalkulationen/leistungen'),
    erwartet: KALKULATION_LESER,
    sonst: 403,
  },
  {
    name: 'GET /api/kalkulationen/vorgaben',
    anfrage: (s) =>
      s.get('/api/kalkulationen/vorgaben?leistung=berlin-d8&variante=gruppe-regel&stichtag=2025-01-01'),
    erwartet: KALKULATION_LESER,
    sonst: 403,
  },
  {
    name: 'POST /api/kalkulationen/berechnen',
    anfrage: (s) => s.post('/api/kalkulationen/berechnen', D8),
    erwartet: KALKULATION_LESER,
    sonst: 403,
    nurLesen: true,
  },
  {
    name: 'POST /api/kalkulationen/export/:format',
    anfrage: (s) => s.post('/api/kalkulationen/export/xlsx', D8),
    erwartet: KALKULATION_LESER,
    sonst: 403,
    nurLesen: true,
  },
  {
    name: 'GET /api/kalkulationen',
    anfrage: (s) => s.get('/api/kalkulationen'),
    erwartet: KALKULATION_LESER,
    sonst: 403,
  },
  {
    name: 'POST /api/kalkulationen',
    anfrage: (s) => s.post('/api/kalkulationen', { bezeichnung: 'Zugriffstest', eingabe: D8 }),
    erwartet: { leitung: 201, verwaltung: 201, wjh: 201, fachcontrolling: 201 },
    sonst: 403,
  },
  ...(['', '/xlsx'] as const).map(
    (pfad): Zeile => ({
      name: `GET /api/kalkulationen/:id${pfad ? '/:format' : ''}`,
      anfrage: (s, i) => s.get(`/api/kalkulationen/${i.kalkulation}${pfad}`),
      erwartet: { administration: 200, leitung: 200, verwaltung: 200, wjh: 404, fachcontrolling: 404 },
      sonst: 403,
    }),
  ),
  {
    name: 'POST /api/kalkulationen/:reiheId/versionen',
    anfrage: async (s, i) =>
      s.post(`/api/kalkulationen/${i.kalkulationReihe}/versionen`, {
        version: await letzteKalkulationsversion(i.kalkulationReihe),
        kommentar: 'Zugriffstest',
        eingabe: D8,
      }),
    erwartet: { leitung: 201, verwaltung: 201, wjh: 404, fachcontrolling: 404 },
    sonst: 403,
  },

  // Jugendamt and provider: requests, reports, the Posteingang.
  { name: 'GET /api/traeger', anfrage: (s) => s.get('/api/traeger'), erwartet: { asd: 200 }, sonst: 403 },
  {
    name: 'POST /api/anfragen',
    anfrage: (s, i) => s.post('/api/anfragen', anfrageAnKiju(i)),
    erwartet: { asd: 201 },
    sonst: 403,
  },
  {
    name: 'GET /api/anfragen',
    anfrage: (s) => s.get('/api/anfragen'),
    erwartet: { asd: 200, leitung: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/anfragen/:id',
    vorher: neueAnfrage,
    anfrage: (s, i) => s.get(`/api/anfragen/${i.anfrage}`),
    erwartet: { asd: 200, leitung: 200 },
    sonst: 403,
  },
  {
    name: 'POST /api/anfragen/:id/zusage',
    vorher: neueAnfrage,
    anfrage: (s, i) => s.post(`/api/anfragen/${i.anfrage}/zusage`, { beginn: '2026-12-01' }),
    erwartet: { leitung: 201 },
    sonst: 403,
  },
  {
    name: 'POST /api/anfragen/:id/absage',
    vorher: neueAnfrage,
    anfrage: (s, i) => s.post(`/api/anfragen/${i.anfrage}/absage`, { grund: 'Zugriffstest' }),
    erwartet: { leitung: 200 },
    sonst: 403,
  },
  {
    name: 'POST /api/anfragen/:id/zurueckziehen',
    vorher: neueAnfrage,
    anfrage: (s, i) => s.post(`/api/anfragen/${i.anfrage}/zurueckziehen`),
    erwartet: { asd: 200 },
    sonst: 403,
  },
  {
    name: 'POST /api/berichte',
    anfrage: (s, i) =>
      s.post('/api/berichte', { hilfeId: i.hilfe, art: 'handlungsplan', inhalt: { ziele: 'Zugriffstest' } }),
    erwartet: { leitung: 201, fachkraft: 201, semiprofessionell: 201 },
    sonst: 403,
  },
  {
    name: 'POST /api/hilfen/:id/mitteilungen',
    anfrage: (s, i) =>
      s.post(`/api/hilfen/${i.hilfe}/mitteilungen`, {
        art: 'veraenderung',
        betreff: 'Zugriff',
        text: 'Test',
      }),
    erwartet: { leitung: 201, fachkraft: 201 },
    sonst: 403,
  },
  {
    name: 'GET /api/berichte',
    anfrage: (s, i) => s.get(`/api/berichte?hilfeId=${i.hilfe}`),
    erwartet: BERICHT_LESER,
    sonst: 403,
  },
  {
    name: 'GET /api/berichte/vorlage',
    anfrage: (s, i) => s.get(`/api/berichte/vorlage?hilfeId=${i.hilfe}&art=bericht-vor-hpg`),
    erwartet: { leitung: 200, fachkraft: 200, semiprofessionell: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/berichte/:id',
    anfrage: (s, i) => s.get(`/api/berichte/${i.berichtGesendet}`),
    erwartet: BERICHT_LESER,
    sonst: 403,
  },
  {
    name: 'PATCH /api/berichte/:id',
    anfrage: (s, i) =>
      s.patch(`/api/berichte/${i.berichtEntwurf}`, { inhalt: { verlauf: 'x' }, version: 999 }),
    erwartet: { leitung: 409, fachkraft: 409, semiprofessionell: 409 },
    sonst: 403,
  },
  {
    name: 'POST /api/berichte/:id/senden',
    // Already sent: the allowed roles reach the state check (409), which changes nothing.
    anfrage: (s, i) => s.post(`/api/berichte/${i.berichtGesendet}/senden`),
    erwartet: { leitung: 409, fachkraft: 409, semiprofessionell: 409 },
    sonst: 403,
  },
  {
    name: 'GET /api/berichte/:id/pdf',
    anfrage: (s, i) => s.get(`/api/berichte/${i.berichtGesendet}/pdf`),
    erwartet: BERICHT_LESER,
    sonst: 403,
  },
  {
    name: 'GET /api/posteingang',
    anfrage: (s) => s.get('/api/posteingang'),
    erwartet: { asd: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/gewaehrte-hilfen',
    anfrage: (s) => s.get('/api/gewaehrte-hilfen'),
    erwartet: { asd: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/gewaehrte-hilfen/:id',
    anfrage: (s, i) => s.get(`/api/gewaehrte-hilfen/${i.hilfe}`),
    erwartet: { asd: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/hilfen/:hilfeId/hilfeplan',
    anfrage: (s, i) => s.get(`/api/hilfen/${i.hilfe}/hilfeplan`),
    erwartet: BERICHT_LESER,
    sonst: 403,
  },
  {
    name: 'POST /api/hilfen/:hilfeId/hilfeplan/termine',
    anfrage: (s, i) => s.post(`/api/hilfen/${i.hilfe}/hilfeplan/termine`, { datum: '2027-02-15' }),
    erwartet: { asd: 201 },
    sonst: 403,
  },
  {
    name: 'PATCH /api/hilfeplan/termine/:id',
    anfrage: (s, i) => s.patch(`/api/hilfeplan/termine/${i.hpg}`, { version: 999, status: 'abgesagt' }),
    erwartet: { asd: 409 },
    sonst: 403,
  },
  {
    name: 'POST /api/hilfen/:hilfeId/hilfeplan/ziele',
    anfrage: (s, i) => s.post(`/api/hilfen/${i.hilfe}/hilfeplan/ziele`, { text: 'Zugriffstest' }),
    erwartet: { asd: 201 },
    sonst: 403,
  },
  {
    name: 'PATCH /api/hilfeplan/ziele/:id',
    vorher: neuesZiel,
    anfrage: (s, i) => s.patch(`/api/hilfeplan/ziele/${i.ziel}`, { text: 'Zugriffstest geändert' }),
    erwartet: { asd: 200 },
    sonst: 403,
  },
  {
    name: 'DELETE /api/hilfeplan/ziele/:id',
    vorher: neuesZiel,
    anfrage: (s, i) => s.del(`/api/hilfeplan/ziele/${i.ziel}`),
    erwartet: { asd: 200 },
    sonst: 403,
  },
  {
    name: 'POST /api/posteingang/:id/gelesen',
    anfrage: (s, i) => s.post(`/api/posteingang/${i.posteingang}/gelesen`),
    erwartet: { asd: 200 },
    sonst: 403,
  },
  {
    // After the read receipt above: the answer still changes the notice.
    name: 'POST /api/posteingang/:id/antwort',
    anfrage: (s, i) => s.post(`/api/posteingang/${i.posteingang}/antwort`, { text: 'Danke, erhalten.' }),
    erwartet: { asd: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/faelle/:id/dokumente',
    anfrage: (s, i) => s.get(`/api/faelle/${i.fall}/dokumente`),
    erwartet: { leitung: 200, fachkraft: 200, semiprofessionell: 200 },
    sonst: 403,
  },
  {
    name: 'POST /api/faelle/:id/dokumente',
    anfrage: (s, i) =>
      hochladen(t, s, i.fall, 'bericht', { name: 'Bericht.pdf', inhalt: kleinesPdf('Bericht') }),
    erwartet: { leitung: 201, fachkraft: 201, semiprofessionell: 201 },
    sonst: 403,
  },
  {
    name: 'GET /api/dokumente/:id',
    anfrage: (s, i) => s.get(`/api/dokumente/${i.dokument}`),
    erwartet: { leitung: 200, fachkraft: 200, semiprofessionell: 200 },
    sonst: 403,
  },
  {
    // Need-to-know by team: the Fachkraft is not in this case's team, the semiprofessional colleague is.
    name: 'GET /api/dokumente/:id (anderes Team)',
    anfrage: (s, i) => s.get(`/api/dokumente/${i.dokumentAnderesTeam}`),
    erwartet: { leitung: 200, fachkraft: 404, semiprofessionell: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/dokumente/:id (andere Organisation)',
    anfrage: (s, i) => s.get(`/api/dokumente/${i.fremdesDokument}`),
    erwartet: { leitung: 404, fachkraft: 404, semiprofessionell: 404 },
    sonst: 403,
  },
  {
    name: 'DELETE /api/dokumente/:id',
    vorher: async (i) => {
      const res = await hochladen(t, sitzung('leitung'), i.fall, 'sonstiges', {
        name: 'weg.pdf',
        inhalt: kleinesPdf('weg'),
      });
      i.dokumentLoeschen = res.json().id;
    },
    anfrage: (s, i) => s.del(`/api/dokumente/${i.dokumentLoeschen}`),
    erwartet: { leitung: 204, fachkraft: 204, semiprofessionell: 204 },
    sonst: 403,
  },
  {
    name: 'DELETE /api/dokumente/:id (andere Organisation)',
    anfrage: (s, i) => s.del(`/api/dokumente/${i.fremdesDokument}`),
    erwartet: { leitung: 404, fachkraft: 404, semiprofessionell: 404 },
    sonst: 403,
  },
  {
    name: 'GET /api/vorkommnisse/offen',
    anfrage: (s) => s.get('/api/vorkommnisse/offen'),
    erwartet: { leitung: 200, fachkraft: 200 },
    sonst: 403,
  },
  {
    name: 'GET /api/faelle/:id/vorkommnisse',
    anfrage: (s, i) => s.get(`/api/faelle/${i.fall}/vorkommnisse`),
    erwartet: { leitung: 200, fachkraft: 200 },
    sonst: 403,
  },
  {
    name: 'POST /api/faelle/:id/vorkommnisse',
    anfrage: (s, i) =>
      s.post(`/api/faelle/${i.fall}/vorkommnisse`, {
        art: 'sonstiges',
        datum: '2026-11-20',
        beschreibung: 'Zugriffstest',
      }),
    erwartet: { leitung: 201, fachkraft: 201 },
    sonst: 403,
  },
  {
    // A date in the future: the allowed roles get 422 and nothing changes.
    name: 'POST /api/vorkommnisse/:id/pflichten/:art',
    anfrage: (s, i) =>
      s.post(`/api/vorkommnisse/${i.vorkommnis}/pflichten/sorgeberechtigte`, {
        datum: '2099-01-01',
        an: 'Mutter',
        weg: 'Telefon',
      }),
    erwartet: { leitung: 422, fachkraft: 422 },
    sonst: 403,
  },
  {
    // An ambulant crisis has no § 47 report: 404 for those who may read, 403 for the rest.
    name: 'GET /api/vorkommnisse/:id/meldung/pdf',
    anfrage: (s, i) => s.get(`/api/vorkommnisse/${i.vorkommnis}/meldung/pdf`),
    erwartet: { leitung: 404, fachkraft: 404 },
    sonst: 403,
  },
  {
    name: 'GET /api/personal/schulungen',
    anfrage: (s) => s.get('/api/personal/schulungen'),
    erwartet: { leitung: 200, administration: 200 },
    sonst: 403,
  },
  {
    // Another organisation's staff member: 404 for those who may, nothing written.
    name: 'POST /api/personal/:id/schulungen',
    anfrage: (s, i) =>
      s.post(`/api/personal/${i.fremderMitarbeiter}/schulungen`, {
        art: 'kinderschutz-8a',
        datum: '2026-11-20',
        anbieter: 'Zugriffstest',
      }),
    erwartet: { leitung: 404, administration: 404 },
    sonst: 403,
  },
];

/**
 * A digest of every row of every table but the bookkeeping (sessions, failed logins, migrations), read
 * as the system: equal digests before and after a request mean it changed nothing, audit log included —
 * except the row a refused request on social data leaves (`verweigern`, audit/verweigerung.ts) and the
 * chain head it moves; audit/verweigerung.test.ts checks those rows.
 */
async function zustand(): Promise<string> {
  return system(async (tx) => {
    const tabellen = (
      (await tx.execute(
        sql`select tablename as t from pg_tables where schemaname = 'public'
            and tablename not in ('sitzung', 'fehlversuch', 'hilfewerk_migration', 'audit_kette') order by tablename`,
      )) as unknown as { rows: { t: string }[] }
    ).rows.map((z) => z.t);
    const zeilen = tabellen
      .map(
        (name) =>
          `select '${name} ' || x::text as z from "${name}" x${name === 'audit' ? " where x.aktion <> 'verweigern'" : ''}`,
      )
      .join(' union all ');
    const { rows } = (await tx.execute(
      sql.raw(`select count(*)::int as n, md5(string_agg(z, E'\\n' order by z)) as d from (${zeilen}) alle`),
    )) as unknown as { rows: { n: number; d: string }[] };
    return `${tabellen.length} Tabellen, ${rows[0].n} Zeilen, ${rows[0].d}`;
  });
}

const methode = (zeile: Zeile) => zeile.name.split(' ')[0];

/** A field by name; with `neben`, only in records that also carry that field (the name alone is ambiguous). */
interface Feld {
  name: string;
  /** Only a list under this name is the field. */
  liste?: true;
  neben?: string;
}

/** A note's text and an event's note: the case narrative. */
const ERZAEHLUNG: Feld[] = [{ name: 'text', neben: 'besondereKategorie' }, { name: 'notiz' }];
/** A special-category note (health data, § 8a): the flag is true only on such a note. */
const BESONDERE: Feld[] = [{ name: 'besondereKategorie' }, { name: 'beschreibung', neben: 'pflichten' }];
/** The provider's internal record of a case: its timeline, its team and the hours worked. */
const TRAEGER_INTERN: Feld[] = ['ereignisse', 'team', 'minuten'].map((name) => ({
  name,
}));
/** Who the case is about. `hilfen` as a list: a count of that name (belegendeJugendaemter) is a key figure. */
const FALLDATEN: Feld[] = [
  ...['aktenzeichen', 'personen', 'vorname', 'nachname', 'geburtsdatum'].map((name) => ({ name })),
  { name: 'hilfen', liste: true },
];
/** An invoice's lines. */
const RECHNUNG: Feld[] = [{ name: 'positionen', neben: 'rechnungsdatum' }];

/**
 * Fields a role must never receive filled in a successful answer, wherever they stand in the JSON. A part the
 * role may not read comes back as null, an empty list or false.
 */
const VERBOTEN: Record<R, readonly Feld[]> = {
  leitung: [],
  fachkraft: [],
  semiprofessionell: BESONDERE,
  administration: [...ERZAEHLUNG, ...BESONDERE],
  verwaltung: [...ERZAEHLUNG, ...BESONDERE],
  asd: [...ERZAEHLUNG, ...BESONDERE, ...TRAEGER_INTERN, ...RECHNUNG],
  wjh: [...ERZAEHLUNG, ...BESONDERE, ...TRAEGER_INTERN],
  iefk: [...ERZAEHLUNG, ...BESONDERE, ...TRAEGER_INTERN, ...FALLDATEN, ...RECHNUNG],
  fachcontrolling: [...ERZAEHLUNG, ...BESONDERE, ...TRAEGER_INTERN, ...FALLDATEN, ...RECHNUNG],
};
const ALLE_FELDER = [
  ...new Map(
    Object.values(VERBOTEN)
      .flat()
      .map((f) => [bezeichnung(f), f]),
  ).values(),
];

function bezeichnung(f: Feld): string {
  return f.neben ? `${f.name} (neben ${f.neben})` : f.name;
}

const leer = (wert: unknown) =>
  wert === null ||
  wert === undefined ||
  wert === false ||
  wert === '' ||
  (Array.isArray(wert) && wert.length === 0) ||
  (typeof wert === 'object' && !Array.isArray(wert) && Object.keys(wert as object).length === 0);

/** Where in a JSON value one of `felder` stands filled, at any depth: path and the field's label. */
function gefuellt(wert: unknown, felder: readonly Feld[], pfad = ''): [string, string][] {
  if (Array.isArray(wert)) return wert.flatMap((w, i) => gefuellt(w, felder, `${pfad}[${i}]`));
  if (wert === null || typeof wert !== 'object') return [];
  const objekt = wert as Record<string, unknown>;
  return Object.entries(objekt).flatMap(([k, w]) => [
    ...felder
      .filter(
        (f) =>
          f.name === k &&
          !leer(w) &&
          (f.neben === undefined || f.neben in objekt) &&
          (!f.liste || Array.isArray(w)),
      )
      .map((f): [string, string] => [`${pfad}.${k}`, bezeichnung(f)]),
    ...gefuellt(w, felder, `${pfad}.${k}`),
  ]);
}

/** Forbidden fields seen filled in some role's answer: proof that the scan looks at fields that exist. */
const gesehen = new Set<string>();

function pruefeFelder(rolle: R, res: LightMyRequestResponse): void {
  if (res.statusCode >= 300 || !String(res.headers['content-type']).startsWith('application/json')) return;
  const body: unknown = res.json();
  for (const [, f] of gefuellt(body, ALLE_FELDER)) gesehen.add(f);
  const verboten = gefuellt(body, VERBOTEN[rolle]).map(([pfad, f]) => `${pfad}: ${f}`);
  expect(verboten, `${rolle} erhält Felder, die die Rolle nicht sehen darf`).toEqual([]);
}

describe.each(TABELLE)('$name', (zeile) => {
  it.each(ROLLEN)('%s', async (rolle) => {
    await zeile.vorher?.(ids);
    const vorher = await zustand();
    const res = await zeile.anfrage(sitzung(rolle), ids);
    const soll = zeile.erwartet[rolle] ?? zeile.sonst;
    expect(res.statusCode, `${rolle}: ${res.body.slice(0, 300)}`).toBe(soll);
    pruefeFelder(rolle, res);
    // Refused, conflicting and not-found requests change nothing, not even the audit log.
    if (soll >= 400) expect(await zustand()).toBe(vorher);
    // A write that succeeds does show in the digest (so the check above can see a change).
    else if (methode(zeile) !== 'GET' && !zeile.nurLesen) expect(await zustand()).not.toBe(vorher);
  });
});

/** A client without a session cookie (and without a CSRF token); `head` sends GETs as HEAD. */
function ohneSitzung(head = false): TestSitzung {
  const senden = (method: string, url: string, payload?: unknown): Promise<LightMyRequestResponse> =>
    t.app.inject({
      method: method as 'GET',
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return {
    cookie: '',
    csrfToken: '',
    benutzer: { id: '', email: '', name: '', rolle: '' },
    organisation: { id: '', name: '', art: '', bundesland: '' },
    get: (url) => senden(head ? 'HEAD' : 'GET', url),
    post: (url, body) => senden('POST', url, body),
    patch: (url, body) => senden('PATCH', url, body),
    put: (url, body) => senden('PUT', url, body),
    del: (url) => senden('DELETE', url),
  };
}

describe('ohne Sitzung', () => {
  it.each(TABELLE)('$name → 401, nichts geändert', async (zeile) => {
    await zeile.vorher?.(ids);
    const vorher = await zustand();
    const res = await zeile.anfrage(ohneSitzung(), ids);
    expect(res.statusCode, res.body).toBe(401);
    expect(res.json().fehler).toBe('Bitte melden Sie sich an.');
    expect(await zustand()).toBe(vorher);
  });

  it.each(TABELLE.filter((z) => methode(z) === 'GET'))('HEAD zu $name → 401', async (zeile) => {
    expect((await zeile.anfrage(ohneSitzung(true), ids)).statusCode).toBe(401);
  });

  it('lets the public routes answer without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'leitung@kiju.demo', passwort: 'falsch' },
    });
    expect(login.statusCode).toBe(401);
    expect(login.json().fehler).toBe('E-Mail-Adresse oder Passwort ist falsch.');
    // The calendar feed's secret token is its credential: an unknown one is 404, not 401.
    const feed = await t.app.inject({ method: 'GET', url: `/api/kalender/${'x'.repeat(32)}.ics` });
    expect(feed.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode).toBe(200);
  });
});

describe('POST /api/auth/logout', () => {
  it.each(ROLLEN)('%s: 204, then the session is gone', async (rolle) => {
    // A session of its own: the table's sessions must stay logged in.
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: KONTEN[rolle], passwort: 'hilfewerk-demo' },
    });
    const cookie = `hw_sitzung=${login.cookies.find((c) => c.name === 'hw_sitzung')?.value}`;
    const ohneCsrf = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(ohneCsrf.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(
      200,
    );
    const aus = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'x-csrf-token': login.json().csrfToken },
    });
    expect(aus.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(
      401,
    );
  });

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(401);
  });
});

/** Routes that answer without a session, and routes whose access is tested outside the table. */
const OEFFENTLICH = [
  'GET /api/health',
  'POST /api/auth/login',
  // Single sign-on: status, start and the provider's callback; routes/auth/oidc.test.ts drives them.
  'GET /api/auth/oidc',
  'GET /api/auth/oidc/start',
  'GET /api/auth/oidc/rueckruf',
  'GET /api/kalender/:datei',
  // Its own tests: routes/beschwerden/beschwerden.test.ts (bad input, flood, no session).
  'POST /api/beschwerden/oeffentlich',
];
// The password change: routes/benutzer/benutzer.test.ts (it would change the demo password of every role here).
const EIGENER_TEST = ['POST /api/auth/logout', 'POST /api/auth/passwort', 'POST /api/auth/sitzungen/beenden'];

describe('Vollständigkeit', () => {
  it('finds every forbidden field filled in the answer of a role that may see it', () => {
    // Filled by the table's requests above (this file runs in order): a renamed field shows up here.
    expect(
      ALLE_FELDER.map(bezeichnung).filter((f) => !gesehen.has(f)),
      'nie gefüllt gesehen — umbenannt, oder die Datei lief nicht ganz',
    ).toEqual([]);
  });

  it('covers every route of the OpenAPI document, and names no route that does not exist', () => {
    const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const dokumentiert = Object.entries(doc.paths).flatMap(([pfad, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${pfad.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const getestet = TABELLE.map((z) => z.name.split(' ').slice(0, 2).join(' '));
    expect([...new Set([...getestet, ...OEFFENTLICH, ...EIGENER_TEST])].sort()).toEqual(
      [...new Set(dokumentiert)].sort(),
    );
  });
});
