import { Writable } from 'node:stream';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { DEMO_PASSWORT } from '../demo/daten.ts';
import { testDatenbank } from './test-app.ts';

/**
 * Generated bad input against every write route: 10,000 requests built from the OpenAPI request
 * schemas, with hostile values (NUL bytes, year 0000, 9999-12-31, impossible days, huge texts, wrong
 * types, missing and extra fields). None may answer 5xx, and a run of refused requests changes no
 * row. The server logs at the most verbose level meanwhile; no marker name, birth date, note text or
 * search term sent may appear in the log.
 */
const ANFRAGEN = 10_000;
const MARKER = ['Zacharias Quendelmeier', 'Geheimnotiz-Xylophon-4711', '1911-11-11', 'Suchwort-Pfefferminz'];
const SEED = 20261202;

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  const?: unknown;
};

const feindlich = fc.constantFrom<unknown>(
  '\u0000',
  `x\u0000${MARKER[0]}`,
  '0000-01-01',
  '9999-12-31',
  '1900-01-01',
  '2026-02-31',
  '2026-13-01',
  'a'.repeat(70_000),
  '',
  '   ',
  '\u202e\u200b',
  "'; drop table fall; --",
  -1,
  0,
  1.5,
  1e308,
  -1e308,
  2 ** 53,
  null,
  true,
  [],
  {},
  [null],
  { x: 1 },
);

let ids: string[] = [];

function gutartig(s: Schema, tiefe: number): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  const varianten = s.anyOf ?? s.oneOf;
  if (varianten?.length) return fc.oneof(...varianten.map((v) => wert(v, tiefe)));
  if (s.allOf?.length) return wert(s.allOf[0], tiefe);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const typ = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (typ) {
    case 'string':
      if (s.format === 'date' || s.pattern?.includes('\\d{4}'))
        return fc.constantFrom('2026-11-03', '2026-10-27', MARKER[2], '2025-01-01', '2026-11-25');
      if (s.format === 'uuid') return fc.constantFrom(...ids, '00000000-0000-4000-8000-000000000000');
      return fc.oneof(fc.constantFrom(...MARKER), fc.string({ maxLength: 30 }));
    case 'integer':
      return fc.integer({ min: -5, max: 2000 });
    case 'number':
      return fc.oneof(fc.integer({ min: 0, max: 500 }), fc.double({ noNaN: true, min: -10, max: 1e6 }));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return tiefe > 3 ? fc.constant([]) : fc.array(wert(s.items ?? {}, tiefe + 1), { maxLength: 3 });
    case 'object': {
      if (tiefe > 3 || !s.properties) return fc.constant({});
      const felder: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(s.properties)) felder[k] = wert(v, tiefe + 1);
      return fc
        .tuple(fc.record(felder, { requiredKeys: [] }), fc.boolean())
        .map(([o, extra]) => (extra ? { ...o, unbekanntesFeld: MARKER[1] } : o));
    }
    default:
      return fc.anything({ maxDepth: 1 });
  }
}

/** Mostly well-formed values (so requests reach the use cases), sometimes hostile ones. */
function wert(s: Schema, tiefe = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: gutartig(s, tiefe) }, { weight: 1, arbitrary: feindlich });
}

interface Operation {
  methode: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  pfad: string;
  body?: Schema;
}

const log: string[] = [];
let app: Awaited<ReturnType<typeof buildApp>>;
let aufraeumen: () => Promise<void>;
let roh: (s: string) => Promise<Record<string, unknown>[]>;
const sitzungen = new Map<string, Record<string, string>>();

async function anmelden(email: string): Promise<Record<string, string>> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, passwort: DEMO_PASSWORT },
    remoteAddress: '10.77.0.1',
  });
  if (res.statusCode !== 200) throw new Error(`Anmeldung ${email}: ${res.statusCode}`);
  const kopf = {
    cookie: `hw_sitzung=${res.cookies.find((c) => c.name === 'hw_sitzung')?.value}`,
    'x-csrf-token': res.json().csrfToken as string,
  };
  sitzungen.set(email, kopf);
  return kopf;
}

/** Row counts and a digest of every table but the session and login-failure bookkeeping. */
/**
 * A fingerprint of every table. A refused request may leave exactly one trace: the audit row that records the
 * refusal itself (`verweigern`, audit/verweigerung.ts) and the chain head that row moves — both are left out.
 */
async function zustand(): Promise<string> {
  const tabellen = await roh(
    `select relname::text as n from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'
       and relname not in ('sitzung', 'fehlversuch', 'audit_kette') order by 1`,
  );
  const teile = tabellen.map(
    ({ n }) =>
      `select '${n}' as t, count(*)::text || ':' || md5(coalesce(string_agg(x::text, '' order by x::text), '')) as z from "${n}" x${n === 'audit' ? " where x.aktion <> 'verweigern'" : ''}`,
  );
  const zeilen = await roh(teile.join(' union all '));
  return zeilen.map((z) => `${z.t}=${z.z}`).join(';');
}

beforeAll(async () => {
  const db = await testDatenbank();
  aufraeumen = db.aufraeumen;
  roh = (s) => db.db.roh((abfrage) => abfrage(s));
  const logStrom = new Writable({
    write(chunk, _enc, fertig) {
      log.push(String(chunk));
      fertig();
    },
  });
  app = await buildApp({
    db: db.db,
    demo: true,
    anmeldeLimitProMinute: 100_000,
    logger: { level: 'trace', stream: logStrom } as never,
  });
  await app.ready();
  ids = (
    await roh(
      `select id::text from fall union all select id::text from hilfe union all select id::text from person
       union all select id::text from ereignis union all select id::text from notiz
       union all select id::text from leistungseintrag union all select id::text from kalkulation
       union all select id::text from frist union all select id::text from benutzer`,
    )
  ).map((z) => String(z.id));
}, 120_000);

afterAll(async () => {
  await app?.close();
  await aufraeumen?.();
});

describe('Schreibende Routen unter erzeugten schlechten Eingaben', () => {
  it(`antworten bei ${ANFRAGEN} Anfragen nie 5xx, ändern abgewiesen nichts und protokollieren keine Personendaten`, async () => {
    const doc = app.swagger() as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content?: Record<string, { schema: Schema }> } }>
      >;
    };
    const operationen: Operation[] = [];
    for (const [pfad, methoden] of Object.entries(doc.paths)) {
      for (const [m, op] of Object.entries(methoden)) {
        const methode = m.toUpperCase() as Operation['methode'];
        if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(methode)) continue;
        // Logging out would end the session the rest of the run uses.
        if (pfad === '/api/auth/logout') continue;
        operationen.push({ methode, pfad, body: op.requestBody?.content?.['application/json']?.schema });
      }
    }
    expect(operationen.length).toBeGreaterThan(20);

    const konten = [
      'leitung@kiju.demo',
      'fachkraft@kiju.demo',
      'verwaltung@kiju.demo',
      'leitung@traeger-bremerhaven.demo',
    ];
    for (const k of konten) await anmelden(k);
    const pfadWert = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...ids) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'kein-uuid',
          '%00',
          '00000000-0000-4000-8000-000000000000',
          'x'.repeat(300),
        ),
      },
    );
    const fuenfhunderter: string[] = [];
    const veraendert: string[] = [];
    let gesendet = 0;
    const jeOperation = Math.ceil(ANFRAGEN / operationen.length);
    let stapel: { beschreibung: string; status: number }[] = [];
    let vorher = await zustand();
    for (const [i, op] of operationen.entries()) {
      const koerper = fc.sample(op.body ? wert(op.body) : fc.constant(undefined), {
        numRuns: jeOperation,
        seed: SEED + i,
      });
      const pfade = fc.sample(pfadWert, { numRuns: jeOperation, seed: SEED - i });
      for (let n = 0; n < jeOperation; n++) {
        const email = konten[(i + n) % konten.length];
        const url = op.pfad.replace(/\{[^}]+\}/g, () => pfade[n]);
        const res: LightMyRequestResponse = await app.inject({
          method: op.methode,
          url,
          headers: {
            ...(sitzungen.get(email) ?? (await anmelden(email))),
            'content-type': 'application/json',
          },
          payload: koerper[n] === undefined ? undefined : JSON.stringify(koerper[n]),
          remoteAddress: `10.77.${i}.${n % 250}`,
        });
        gesendet++;
        const beschreibung = `${op.methode} ${url} ${JSON.stringify(koerper[n])?.slice(0, 200)}`;
        if (res.statusCode >= 500)
          fuenfhunderter.push(`${res.statusCode} ${beschreibung} → ${res.body.slice(0, 200)}`);
        if (res.statusCode === 401 && op.pfad !== '/api/auth/login') await anmelden(email);
        stapel.push({ beschreibung, status: res.statusCode });
        // A batch of refusals only: the database must look as before it.
        if (stapel.length === 25 || n === jeOperation - 1) {
          const nachher = await zustand();
          if (stapel.every((s) => s.status >= 400) && nachher !== vorher) {
            veraendert.push(stapel.map((s) => `${s.status} ${s.beschreibung}`).join('\n'));
          }
          vorher = nachher;
          stapel = [];
        }
      }
    }
    expect(gesendet).toBeGreaterThanOrEqual(ANFRAGEN);
    expect(fuenfhunderter).toEqual([]);
    expect(veraendert).toEqual([]);
    const protokoll = log.join('');
    expect(protokoll.length).toBeGreaterThan(0);
    for (const m of MARKER) expect(protokoll.includes(m), `Protokoll enthält ${m}`).toBe(false);
  }, 900_000);
});
