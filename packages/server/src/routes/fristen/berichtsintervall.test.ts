import { hilfe } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallId, type TestApp, testApp } from '../../test/test-app.ts';

/**
 * Modellprojekt Bremerhaven, II.6: reports "alle 6 Monate …, in Absprache im Hilfeplan auch kürzer". The Hilfe
 * stores the agreed interval; the report deadlines follow it. TBH-2026-001 runs 02.03.2026–01.03.2027.
 */
let t: TestApp;
let fall: string;
let h: { id: string; version: number };

interface Frist {
  regel: string;
  faellig: string;
  status: string;
}
const berichte = async () =>
  (
    (
      await (await t.als('fachkraft@traeger-bremerhaven.demo')).get(`/api/faelle/${fall}/fristen`)
    ).json() as Frist[]
  )
    .filter((f) => f.regel === 'bericht-halbjahr' && f.status !== 'entfallen')
    .map((f) => f.faellig)
    .sort();

beforeAll(async () => {
  t = await testApp();
  fall = await fallId(t, 'TBH-2026-001');
  const [z] = await t.db.withSystemTx((tx) => tx.select().from(hilfe).where(eq(hilfe.fallId, fall)));
  h = { id: z.id, version: z.version };
});
afterAll(() => t.close());

describe('Berichtsintervall nach Vereinbarung im Hilfeplan', () => {
  it('3 Monate statt 6: die Berichtsfristen rücken nach; leer gilt wieder der Vertrag', async () => {
    const s = await t.als('fachkraft@traeger-bremerhaven.demo');
    const katalog = (await s.get('/api/katalog')).json();
    expect(
      katalog.find((e: { id: string }) => e.id === 'bremerhaven-ambulant').berichtsintervall,
    ).toMatchObject({
      regel: 'bericht-halbjahr',
      monate: 6,
    });
    const sechs = await berichte();
    // 6 Monate ab dem 02.03.2026 enden am 01.09.2026 (Dienstag)
    expect(sechs[0]).toBe('2026-09-01');

    const res = await s.patch(`/api/faelle/${fall}/hilfen/${h.id}`, {
      version: h.version,
      berichtsintervallMonate: 3,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().berichtsintervallMonate).toBe(3);
    h.version = res.json().version;
    const drei = await berichte();
    // je 3 Monate ab dem 02.03.2026: 01.06. (Montag), 01.09. (Dienstag), 01.12.2026 (Dienstag)
    expect(drei.slice(0, 3)).toEqual(['2026-06-01', '2026-09-01', '2026-12-01']);

    const zurueck = await s.patch(`/api/faelle/${fall}/hilfen/${h.id}`, {
      version: h.version,
      berichtsintervallMonate: null,
    });
    expect(zurueck.statusCode).toBe(200);
    h.version = zurueck.json().version;
    expect(await berichte()).toEqual(sechs);
  });

  it('mehr als 6 oder 0 Monate und eine Leistung ohne vereinbartes Intervall: 422, nichts geändert', async () => {
    const s = await t.als('fachkraft@traeger-bremerhaven.demo');
    const pfad = `/api/faelle/${fall}/hilfen/${h.id}`;
    const sieben = await s.patch(pfad, { version: h.version, berichtsintervallMonate: 7 });
    expect(sieben.statusCode).toBe(422);
    expect(sieben.json().felder.berichtsintervallMonate).toContain('höchstens 6 Monate');
    expect((await s.patch(pfad, { version: h.version, berichtsintervallMonate: 0 })).statusCode).toBe(422);
    const lt11 = await fallId(t, 'TBH-NB-2026-001');
    const [l] = await t.db.withSystemTx((tx) => tx.select().from(hilfe).where(eq(hilfe.fallId, lt11)));
    const res = await s.patch(`/api/faelle/${lt11}/hilfen/${l.id}`, {
      version: l.version,
      berichtsintervallMonate: 3,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().felder.berichtsintervallMonate).toContain(
      'kein im Hilfeplan vereinbartes Berichtsintervall',
    );
    const [danach] = await t.db.withSystemTx((tx) => tx.select().from(hilfe).where(eq(hilfe.id, h.id)));
    expect(danach).toMatchObject({ version: h.version, berichtsintervallMonate: null });
  });

  it('ASD darf die Hilfe nicht ändern (403), ein anderer Träger sieht sie nicht (404)', async () => {
    const eingabe = { version: h.version, berichtsintervallMonate: 2 };
    const pfad = `/api/faelle/${fall}/hilfen/${h.id}`;
    expect((await (await t.als('asd@jugendamt-bremerhaven.demo')).patch(pfad, eingabe)).statusCode).toBe(403);
    expect((await (await t.als('leitung@kiju.demo')).patch(pfad, eingabe)).statusCode).toBe(404);
  });
});
