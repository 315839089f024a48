import { audit } from '@hilfewerk/db';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallId, type TestApp, type TestSitzung, testApp } from '../test/test-app.ts';

/**
 * Who may and who may not, for every endpoint. The target is KIJU-2026-001: a KIJU Wuppertal case
 * whose team holds the Fachkraft and the semiprofessional colleague, granted by Jugendamt Wuppertal.
 * A stale version (999) is used for PATCH: 409 proves the request passed permission and scope
 * without changing anything.
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
  anfrage: (s: TestSitzung, ids: Ids) => Promise<{ statusCode: number }>;
  erwartet: Partial<Record<R, number>>;
  sonst: number;
  vorher?: (ids: Ids) => Promise<void>;
}

interface Ids {
  fall: string;
  person: string;
  hilfe: string;
  jugendamt: string;
  iefk: string;
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
  ids = {
    fall,
    person: akte.personen[0].id,
    hilfe: akte.hilfen[0].id,
    jugendamt: akte.hilfen[0].jugendamt.id,
    iefk: sitzung('iefk').benutzer.id,
  };
});
afterAll(() => t.close());

let nr = 0;
const neuesAz = () => `ZUGRIFF-${++nr}`;

const TABELLE: Zeile[] = [
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
    name: 'GET /api/audit',
    anfrage: (s) => s.get('/api/audit'),
    erwartet: { administration: 200, leitung: 200 },
    sonst: 403,
  },
  { name: 'GET /api/auth/me', anfrage: (s) => s.get('/api/auth/me'), erwartet: {}, sonst: 200 },
  { name: 'GET /api/auth/csrf', anfrage: (s) => s.get('/api/auth/csrf'), erwartet: {}, sonst: 200 },
];

async function auditZeilen() {
  const [{ n }] = await t.db.withSystemTx((tx) => tx.select({ n: count() }).from(audit));
  return Number(n);
}

describe.each(TABELLE)('$name', (zeile) => {
  it.each(ROLLEN)('%s', async (rolle) => {
    await zeile.vorher?.(ids);
    const vorher = await auditZeilen();
    const res = await zeile.anfrage(sitzung(rolle), ids);
    const soll = zeile.erwartet[rolle] ?? zeile.sonst;
    expect(res.statusCode, `${rolle}: ${JSON.stringify((res as { body?: string }).body)}`).toBe(soll);
    // Refused and conflicting requests leave no trace in the audit log (and change nothing).
    if (soll >= 400) expect(await auditZeilen()).toBe(vorher);
  });
});
