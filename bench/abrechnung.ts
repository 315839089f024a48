// Benchmark of billing on PostgreSQL, against the application as users start it (`hilfewerk serve`
// in its own process, demo data loaded):
// 1. Monthly close: a provider with 500 Hilfen — KIJU Fachleistungsstunden, LT 11 Monatspauschalen
//    and Berlin D.8 Tagessätze (some with an additional carer), billed to three Jugendämter — and
//    20,000 Leistungseinträge in the last month closes it through POST /api/abschluesse (the real
//    closeMonat use case). Target: < 5 s. The invoices and lines it produced are checked and printed.
// 2. Entry creation: POST /api/leistungen (session cookie, CSRF token, access check, row-level
//    security, locks, overlap check, audit) beside a bare Fastify route in another process that runs
//    the same INSERT without any of that; both in the same run, every request with its own time slot
//    (entries of one person must not overlap).
// The provider's data is written through the real schema (packages/db) in one system transaction,
// as the demo loader does: 20,000 entries through the API would take a minute, and grant data
// (Bewilligung, Entgeltsatz) has no use case yet.
//
// Run: node --import tsx bench/abrechnung.ts
//   DATABASE_URL=postgres://…   use this server (a database hw_bench_<random> is created and dropped);
//                               without it a temporary PostgreSQL 15 cluster is started in /tmp
//   BENCH_SEKUNDEN=10           duration of each throughput measurement
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  benutzer,
  type Datenbank,
  fall,
  fallTeam,
  hilfe,
  leistungseintrag,
  leistungseintragTeilnahme,
  oeffneDatenbank,
  organisation,
} from '@hilfewerk/db';
import { teileMinuten } from '@hilfewerk/rules';
import type { Anfrage } from 'autocannon';
import { and, count, eq, gte, lte } from 'drizzle-orm';
import Fastify from 'fastify';
import pg from 'pg';
import {
  anmelden,
  benchDatenbank,
  gedruckteAdresse,
  messe,
  type Prozess,
  SEKUNDEN,
  type Sitzung,
  starteHilfewerk,
  starteProzess,
  tabelle,
} from './lib/umgebung.ts';

const HILFEN = 500;
const FACHKRAEFTE = 100;
const HILFEN_JE_FACHKRAFT = HILFEN / FACHKRAEFTE;
const EINTRAEGE = 20_000;
const EINTRAEGE_JE_FACHKRAFT = EINTRAEGE / FACHKRAEFTE;
const ZIEL_SEKUNDEN = 5;
/** Staff logged in for the throughput measurement: the server allows 30 logins per minute and address. */
const ANGEMELDET = 24;
/** One connection per logged-in person: nobody saves two entries at once. */
const VERBINDUNGEN = ANGEMELDET;
const EMAIL_VERWALTUNG = 'verwaltung@bench.hilfewerk.test';
const emailFachkraft = (i: number) => `fachkraft-${String(i + 1).padStart(3, '0')}@bench.hilfewerk.test`;

// ---- calendar (ISO strings, Europe/Berlin like the application) ----

const heute = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
/** `monat` shifted by `n` months (negative: earlier). */
function monatPlus(monat: string, n: number): string {
  const [j, m] = monat.split('-').map(Number);
  const d = new Date(Date.UTC(j, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}
const tageIm = (monat: string) => {
  const [j, m] = monat.split('-').map(Number);
  return new Date(Date.UTC(j, m, 0)).getUTCDate();
};
const tag = (monat: string, t: number) => `${monat}-${String(t).padStart(2, '0')}`;
const istWerktag = (datum: string) => new Date(`${datum}T00:00:00Z`).getUTCDay() % 6 !== 0;
const uhr = (min: number) =>
  `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

/** The month to close (the last one that has ended) and the two before it for the throughput runs. */
const ABSCHLUSS = monatPlus(heute().slice(0, 7), -1);
const EINGABE_API = monatPlus(ABSCHLUSS, -1);
const EINGABE_NACKT = monatPlus(ABSCHLUSS, -2);

// ---- the provider ----

/** Which Leistung the i-th Hilfe is: half KIJU FLS, 30 % LT 11, 20 % Berlin D.8 — each billed to another Jugendamt. */
function hilfeArt(i: number) {
  const r = i % 10;
  if (r < 5) {
    const variante = ['eigene-wohnung', 'rueckfuehrung', 'junge-muetter'][i % 3];
    return {
      leistung: 'kiju-nachbetreuung',
      variante,
      bundesland: 'NW',
      satz: '67.40',
      recht: '§ 41 SGB VIII',
    };
  }
  if (r < 8) {
    return {
      leistung: 'lt11-nachbetreuung',
      variante: null,
      bundesland: 'HB',
      satz: '1485.00',
      recht: '§ 41 SGB VIII',
    };
  }
  const [variante, satz] = (
    [
      ['gruppe-regel', '312.47'],
      ['gruppe-intensiv', '398.20'],
      ['individual-regel', '245.60'],
    ] as const
  )[i % 3];
  return { leistung: 'berlin-d8', variante, bundesland: 'BE', satz, recht: '§ 19 SGB VIII' };
}
/** Every fourth D.8 Hilfe pays for an additional carer: a second line on the invoice. */
const mitWeitererPerson = (i: number) => hilfeArt(i).leistung === 'berlin-d8' && i % 4 === 0;

interface Traeger {
  org: string;
  fachkraefte: string[];
  /** Hilfen of each Fachkraft (its cases' team). */
  hilfenVon: { id: string; fallId: string }[][];
}

/** Organisation, accounts, 500 cases with their Hilfe and team, 20,000 entries in ABSCHLUSS. */
async function legeTraegerAn(db: Datenbank): Promise<Traeger> {
  return db.withSystemTx(async (tx) => {
    const jugendaemter = await tx.select().from(organisation).where(eq(organisation.art, 'jugendamt'));
    const jugendamt = (bundesland: string) => {
      const ja = jugendaemter.find((j) => j.bundesland === bundesland);
      if (!ja) throw new Error(`Kein Demo-Jugendamt in ${bundesland}`);
      return ja.id;
    };
    // The demo accounts' hash of the demo password: argon2 needs no second run.
    const [{ passwortHash }] = await tx
      .select({ passwortHash: benutzer.passwortHash })
      .from(benutzer)
      .where(eq(benutzer.email, 'verwaltung@kiju.demo'));

    const org = randomUUID();
    await tx.insert(organisation).values({
      id: org,
      art: 'traeger',
      name: 'Benchmark-Träger',
      bundesland: 'NW',
      rechnungsangaben: {
        rechnungsname: 'Benchmark-Träger e. V.',
        strasse: 'Messweg 1',
        plz: '42103',
        ort: 'Wuppertal',
        steuernummer: '132/5706/9999',
        registernummer: 'VR 9999, Amtsgericht Wuppertal',
        iban: 'DE02120300000000202051',
        kontakt: { name: 'Vera Verwalter', telefon: '+49 202 000000', email: EMAIL_VERWALTUNG },
        zahlungszielTage: 30,
        nummernPrefix: 'RE',
      },
    });
    const konto = (email: string, rolle: 'verwaltung' | 'fachkraft', name: string) => ({
      id: randomUUID(),
      organisationId: org,
      email,
      name,
      passwortHash,
      rolle,
    });
    const fachkraefte = Array.from({ length: FACHKRAEFTE }, (_, i) =>
      konto(emailFachkraft(i), 'fachkraft', `Fachkraft ${i + 1}`),
    );
    await tx
      .insert(benutzer)
      .values([konto(EMAIL_VERWALTUNG, 'verwaltung', 'Vera Verwalter'), ...fachkraefte]);

    const beginn = `${EINGABE_NACKT}-01`;
    const geplantesEnde = tag(monatPlus(ABSCHLUSS, 3), 28);
    const faelle = Array.from({ length: HILFEN }, (_, i) => ({
      id: randomUUID(),
      organisationId: org,
      aktenzeichen: `BENCH-${String(i + 1).padStart(3, '0')}`,
      bezeichnung: `Benchmarkfall ${i + 1}`,
    }));
    await tx.insert(fall).values(faelle);
    await tx.insert(fallTeam).values(
      faelle.map((f, i) => ({
        organisationId: org,
        fallId: f.id,
        benutzerId: fachkraefte[Math.floor(i / HILFEN_JE_FACHKRAFT)].id,
      })),
    );
    const hilfen = faelle.map((f, i) => {
      const a = hilfeArt(i);
      const nr = String(i + 1).padStart(3, '0');
      return {
        id: randomUUID(),
        organisationId: org,
        fallId: f.id,
        leistung: a.leistung,
        variante: a.variante,
        rechtsgrundlage: a.recht,
        jugendamtId: jugendamt(a.bundesland),
        aktenzeichenJugendamt: `JA-BENCH-${nr}`,
        beginn,
        geplantesEnde,
        bewilligung: `KZ-BENCH-${nr}`,
        entgeltSatz: a.satz,
        stundenProMonat: a.leistung === 'kiju-nachbetreuung' ? '20' : null,
        weiterePerson: mitWeitererPerson(i)
          ? { satz: '41.80', zeitraeume: [{ von: beginn, bis: null }] }
          : null,
      };
    });
    await tx.insert(hilfe).values(hilfen);
    const hilfenVon = fachkraefte.map((_, s) =>
      hilfen
        .slice(s * HILFEN_JE_FACHKRAFT, (s + 1) * HILFEN_JE_FACHKRAFT)
        .map((h) => ({ id: h.id, fallId: h.fallId })),
    );

    // Each Fachkraft: ten slots a working day (08:00, 09:00, …), 200 entries in the month — mostly
    // direct time round the own Hilfen, the last slot of a day indirect, and now and then a group
    // offer of three Hilfen (its minutes split by the rules package, as the use case does).
    const eintraege: (typeof leistungseintrag.$inferInsert)[] = [];
    const teilnahmen: (typeof leistungseintragTeilnahme.$inferInsert)[] = [];
    const werktage = Array.from({ length: tageIm(ABSCHLUSS) }, (_, t) => tag(ABSCHLUSS, t + 1)).filter(
      istWerktag,
    );
    fachkraefte.forEach((f, s) => {
      const eigene = hilfenVon[s];
      let n = 0;
      for (const [d, datum] of werktage.entries()) {
        for (let slot = 0; slot < 10 && n < EINTRAEGE_JE_FACHKRAFT; slot++, n++) {
          const art = slot === 9 ? 'indirekt' : slot === 4 && d % 4 === 0 ? 'falluebergreifend' : 'direkt';
          const minuten = art === 'indirekt' ? 30 : 45;
          const von = 8 * 60 + slot * 60;
          const basis = {
            id: randomUUID(),
            organisationId: org,
            benutzerId: f.id,
            datum,
            beginn: uhr(von),
            ende: uhr(von + minuten),
            minuten,
            art,
            qualifikation: 'fachkraft',
          } as const;
          if (art === 'falluebergreifend') {
            const dabei = eigene.slice(0, 3);
            eintraege.push({ ...basis, gruppenangebot: 'Gruppenangebot Alltagskompetenz' });
            for (const t of teileMinuten(
              minuten,
              dabei.map((h) => h.id),
            )) {
              const fallId = dabei.find((h) => h.id === t.hilfeId)?.fallId as string;
              teilnahmen.push({ eintragId: basis.id, organisationId: org, fallId, ...t });
            }
          } else {
            const h = eigene[n % eigene.length];
            eintraege.push({ ...basis, hilfeId: h.id, fallId: h.fallId });
          }
        }
      }
      if (n !== EINTRAEGE_JE_FACHKRAFT)
        throw new Error(`${ABSCHLUSS} hat zu wenige Werktage für ${n} Einträge`);
    });
    for (let i = 0; i < eintraege.length; i += 1000) {
      await tx.insert(leistungseintrag).values(eintraege.slice(i, i + 1000));
    }
    await tx.insert(leistungseintragTeilnahme).values(teilnahmen);
    return { org, fachkraefte: fachkraefte.map((f) => f.id), hilfenVon };
  });
}

// ---- the bare route ----

// What createLeistung writes, as one statement: the case comes from the Hilfe (the use case reads
// it while checking the team), the qualification from the role.
const INSERT = `insert into leistungseintrag
    (id, organisation_id, benutzer_id, datum, beginn, ende, minuten, art, qualifikation, hilfe_id, fall_id, bemerkung)
  values ($1, $2, $3, $4, $5, $6, $7, $8, 'fachkraft', $9, (select h.fall_id from hilfe h where h.id = $9), $10)
  returning *`;

const minutenZwischen = (von: string, bis: string) =>
  Number(bis.slice(0, 2)) * 60 +
  Number(bis.slice(3, 5)) -
  (Number(von.slice(0, 2)) * 60 + Number(von.slice(3, 5)));

/**
 * The bare route, in its own process: `bench/abrechnung.ts --nackt` with BENCH_DB and BENCH_ORG.
 * The person comes from the header `x-benutzer` instead of a session.
 */
async function nackteRoute() {
  pg.types.setTypeParser(1082, (v) => v); // dates as 'YYYY-MM-DD', like the application
  const pool = new pg.Pool({ connectionString: process.env.BENCH_DB, max: 20, options: '-c jit=off' });
  const org = process.env.BENCH_ORG;
  const app = Fastify();
  app.post<{
    Body: { datum: string; beginn: string; ende: string; art: string; hilfeId: string; bemerkung?: string };
  }>('/leistungen', async (req, reply) => {
    const b = req.body;
    const { rows } = await pool.query({
      name: 'eintrag',
      text: INSERT,
      values: [
        randomUUID(),
        org,
        req.headers['x-benutzer'],
        b.datum,
        b.beginn,
        b.ende,
        minutenZwischen(b.beginn, b.ende),
        b.art,
        b.hilfeId,
        b.bemerkung ?? null,
      ],
    });
    return reply.status(201).send(rows[0]);
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`${url}\n`);
  process.once('SIGTERM', () => {
    app.close().then(() => pool.end());
  });
}

// ---- measurements ----

/**
 * Request bodies for a month: the i-th request belongs to person i mod n and takes that person's
 * next 5-minute slot (4 minutes long), so no two entries of one person overlap — 288 slots a day.
 * Direct time, round the person's own Hilfen.
 */
function eintragsfolge(
  monat: string,
  personen: { hilfen: { id: string }[]; kopf: Record<string, string> }[],
): () => Anfrage {
  const tage = tageIm(monat);
  let i = 0;
  return () => {
    const p = personen[i % personen.length];
    const k = Math.floor(i / personen.length);
    i++;
    const t = Math.floor(k / 288);
    if (t >= tage) throw new Error(`Mehr Anfragen als freie Zeiten im ${monat}: BENCH_SEKUNDEN verkürzen`);
    const von = (k % 288) * 5;
    return {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...p.kopf },
      body: JSON.stringify({
        datum: tag(monat, t + 1),
        beginn: uhr(von),
        ende: uhr(von + 4),
        art: 'direkt',
        hilfeId: p.hilfen[k % p.hilfen.length].id,
      }),
    };
  };
}

async function post(url: string, s: Sitzung, body: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrfToken },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

const euro = (betrag: string) =>
  new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(Number(betrag));

async function main() {
  const datenbank = await benchDatenbank();
  const prozesse: Prozess[] = [];
  let db: Datenbank | undefined;
  try {
    const server = await starteHilfewerk(datenbank.url);
    prozesse.push(server);
    db = await oeffneDatenbank({ databaseUrl: datenbank.url, poolGroesse: 2 });
    const traeger = await legeTraegerAn(db);
    await db.roh((abfrage) => abfrage('analyze'));

    // 1. Monthly close.
    const verwaltung = await anmelden(server.url, EMAIL_VERWALTUNG);
    const beginn = performance.now();
    const abschluss = await post(`${server.url}/api/abschluesse`, verwaltung, { monat: ABSCHLUSS });
    const sekunden = (performance.now() - beginn) / 1000;
    if (abschluss.status !== 201) {
      throw new Error(`Monatsabschluss: ${abschluss.status} ${JSON.stringify(abschluss.json)}`);
    }
    const { eintraege, rechnungen } = abschluss.json as {
      eintraege: number;
      rechnungen: { id: string; nummer: string; jugendamt: string; summe: string }[];
    };
    const positionen: number[] = [];
    for (const r of rechnungen) {
      const res = await fetch(`${server.url}/api/rechnungen/${r.id}`, {
        headers: { cookie: verwaltung.cookie },
      });
      positionen.push(((await res.json()) as { positionen: unknown[] }).positionen.length);
    }
    // One line per Hilfe, and a second one for each D.8 additional carer.
    const erwartet = HILFEN + Array.from({ length: HILFEN }, (_, i) => i).filter(mitWeitererPerson).length;
    const gesamt = positionen.reduce((a, b) => a + b, 0);
    if (eintraege !== EINTRAEGE || rechnungen.length !== 3 || gesamt !== erwartet) {
      throw new Error(
        `Monatsabschluss unplausibel: ${eintraege} Einträge gesperrt (erwartet ${EINTRAEGE}), ` +
          `${rechnungen.length} Rechnungen (erwartet 3), ${gesamt} Positionen (erwartet ${erwartet})`,
      );
    }
    console.log(`\nMonatsabschluss ${ABSCHLUSS}, POST /api/abschluesse, PostgreSQL, eine Messung`);
    console.log('| Träger | Sekunden | Ziel |');
    console.log('|---|---:|---:|');
    console.log(
      `| ${HILFEN} Hilfen (KIJU FLS, LT 11, Berlin D.8), ${EINTRAEGE.toLocaleString('de-DE')} Leistungseinträge | ${sekunden.toFixed(2)} | < ${ZIEL_SEKUNDEN} |`,
    );
    console.log(
      `Ziel ${sekunden < ZIEL_SEKUNDEN ? 'erreicht' : 'verfehlt'}; ${eintraege} Einträge gesperrt, ` +
        `${rechnungen.length} Rechnungen mit ${gesamt} Positionen:`,
    );
    rechnungen.forEach((r, i) => {
      console.log(`  ${r.nummer}  ${r.jugendamt}: ${positionen[i]} Positionen, ${euro(r.summe)}`);
    });

    // 2. Entry creation throughput.
    const nackt = await starteProzess(
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--nackt'],
      { BENCH_DB: datenbank.url, BENCH_ORG: traeger.org },
      gedruckteAdresse,
    );
    prozesse.push(nackt);
    const personen = Array.from({ length: ANGEMELDET }, (_, s) => ({ s, hilfen: traeger.hilfenVon[s] }));
    const sitzungen: Sitzung[] = [];
    for (const { s } of personen) sitzungen.push(await anmelden(server.url, emailFachkraft(s)));

    // One entry through each route first, in the minute the measured slots leave free (hh:m4–hh:m5),
    // so that a refusal shows its reason rather than only a count of non-2xx answers.
    const probe = {
      datum: tag(EINGABE_API, 1),
      beginn: '00:04',
      ende: '00:05',
      art: 'direkt',
      hilfeId: personen[0].hilfen[0].id,
    };
    const probeApi = await post(`${server.url}/api/leistungen`, sitzungen[0], probe);
    const probeNackt = await fetch(`${nackt.url}/leistungen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-benutzer': traeger.fachkraefte[0] },
      body: JSON.stringify({ ...probe, datum: tag(EINGABE_NACKT, 1) }),
    });
    if (probeApi.status !== 201 || probeNackt.status !== 201) {
      throw new Error(
        `Probe: API ${probeApi.status} ${JSON.stringify(probeApi.json)}; nackte Route ${probeNackt.status} ${await probeNackt.text()}`,
      );
    }

    const api = eintragsfolge(
      EINGABE_API,
      personen.map(({ hilfen }, s) => ({
        hilfen,
        kopf: { cookie: sitzungen[s].cookie, 'x-csrf-token': sitzungen[s].csrfToken },
      })),
    );
    const ohne = eintragsfolge(
      EINGABE_NACKT,
      personen.map(({ s, hilfen }) => ({ hilfen, kopf: { 'x-benutzer': traeger.fachkraefte[s] } })),
    );
    const last = (url: string, naechste: () => Anfrage) => ({
      url,
      method: 'POST',
      connections: VERBINDUNGEN,
      requests: [{ setupRequest: (anfrage: Anfrage) => ({ ...anfrage, ...naechste() }) }],
    });
    const messungNackt = await messe('nackte Route (gleiches SQL)', last(`${nackt.url}/leistungen`, ohne));
    const messungApi = await messe('POST /api/leistungen', last(`${server.url}/api/leistungen`, api));

    // What each side stored must be what it answered 201 for — plus the probe, and plus the
    // requests still under way when autocannon stopped counting (at most one per connection and run).
    const gespeichert = async (monat: string) => {
      const [{ n }] = await (db as Datenbank).withSystemTx((tx) =>
        tx
          .select({ n: count() })
          .from(leistungseintrag)
          .where(
            and(
              eq(leistungseintrag.organisationId, traeger.org),
              gte(leistungseintrag.datum, `${monat}-01`),
              lte(leistungseintrag.datum, tag(monat, tageIm(monat))),
            ),
          ),
      );
      return Number(n);
    };
    const [nApi, nNackt] = [await gespeichert(EINGABE_API), await gespeichert(EINGABE_NACKT)];
    for (const [n, m] of [
      [nApi, messungApi],
      [nNackt, messungNackt],
    ] as const) {
      const offen = n - 1 - m.erfolgreich;
      if (offen < 0 || offen > 2 * VERBINDUNGEN) {
        throw new Error(
          `${m.titel}: ${n} Einträge gespeichert, aber ${m.erfolgreich} Antworten 201 (+ 1 Probe)`,
        );
      }
    }

    console.log(
      `\n${tabelle(
        `Leistungseintrag anlegen (direkte Zeit mit Uhrzeiten), ${ANGEMELDET} angemeldete Fachkräfte, PostgreSQL, ${SEKUNDEN} s je Messung`,
        [messungNackt, messungApi],
      )}`,
    );
    console.log(
      `\nDurchsatz ${(messungApi.reqS / messungNackt.reqS).toFixed(2)} × nackte Route; ` +
        `p99 ${messungApi.p99} ms (nackte Route ${messungNackt.p99} ms); ` +
        `angelegt ${nApi} Einträge über die API, ${nNackt} über die nackte Route (Probe und Aufwärmen eingeschlossen)`,
    );
  } finally {
    for (const p of prozesse.reverse()) await p.stop();
    await db?.close();
    await datenbank.aufraeumen();
  }
}

if (process.argv.includes('--nackt')) await nackteRoute();
else await main();
