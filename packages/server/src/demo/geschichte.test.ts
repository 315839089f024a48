import type { GewaehrteHilfen, Hilfeplan, PosteingangNotiz } from '@hilfewerk/api';
import {
  abwesenheit,
  bereitschaft,
  beschwerde,
  mitarbeiter,
  organisation,
  organisationsfrist,
} from '@hilfewerk/db';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../test/test-app.ts';

/**
 * The demo tells the same story for each Jugendamt (README, Demo): a pending request, a granted Hilfe with
 * Hilfeplan goals and the coming HPG, reports in the ASD's Posteingang (one read, one not), incoming invoices
 * for the WJH in each state — and each provider's organisation has its complaints, staff, absences, on-call
 * rota and deadlines. Read through the API as the demo accounts see it, on the test day 25.11.2026.
 */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const JUGENDAEMTER = [
  { asd: 'asd@jugendamt-bremerhaven.demo', wjh: 'wjh@jugendamt-bremerhaven.demo', faelle: 'TBH-' },
  { asd: 'asd@jugendamt-wuppertal.demo', wjh: 'wjh@jugendamt-wuppertal.demo', faelle: 'KIJU-' },
];

describe.each(JUGENDAEMTER)('Demo-Geschichte des Jugendamts ($asd)', ({ asd, wjh, faelle }) => {
  it('der ASD hat eine offene Anfrage und im Posteingang einen gelesenen und einen ungelesenen Bericht', async () => {
    const s = await t.als(asd);
    const anfragen = (await s.get('/api/anfragen')).json() as { status: string }[];
    expect(anfragen.some((a) => a.status === 'offen')).toBe(true);
    const post = (await s.get('/api/posteingang')).json() as PosteingangNotiz[];
    const berichte = post.filter((p) => p.art === 'bericht');
    expect(berichte.filter((p) => p.gelesenAm !== null).length).toBeGreaterThanOrEqual(1);
    expect(berichte.filter((p) => p.gelesenAm === null).length).toBeGreaterThanOrEqual(1);
    expect(berichte.every((p) => p.aktenzeichen?.startsWith(faelle))).toBe(true);
    // Each report opens as its PDF.
    for (const b of berichte) {
      expect((await s.get(`/api/berichte/${b.berichtId}/pdf`)).statusCode).toBe(200);
    }
  });

  it('eine gewährte Hilfe hat Ziele mit Teilziel und ein geplantes HPG nach heute', async () => {
    const s = await t.als(asd);
    const { heute, hilfen } = (await s.get('/api/gewaehrte-hilfen')).json() as GewaehrteHilfen;
    const plaene: Hilfeplan[] = [];
    for (const h of hilfen) {
      const res = await s.get(`/api/hilfen/${h.id}/hilfeplan`);
      expect(res.statusCode).toBe(200);
      plaene.push(res.json());
    }
    const mitZielen = plaene.filter(
      (p) =>
        p.ziele.some((z) => (z.teilziele ?? []).length > 0) &&
        p.termine.some((x) => x.status === 'geplant' && x.datum > heute),
    );
    expect(mitZielen.length).toBeGreaterThanOrEqual(1);
  });

  it('die WJH sieht Eingangsrechnungen, die der Träger gesendet hat: offen, sachlich richtig und angewiesen', async () => {
    const s = await t.als(wjh);
    const res = await s.get('/api/rechnungen');
    expect(res.statusCode).toBe(200);
    const liste = res.json() as {
      versendetAm: string | null;
      sachlichRichtig: unknown;
      angewiesen: unknown;
    }[];
    expect(liste.every((r) => r.versendetAm !== null)).toBe(true);
    expect(liste.some((r) => !r.sachlichRichtig)).toBe(true);
    expect(liste.some((r) => r.sachlichRichtig && !r.angewiesen)).toBe(true);
    if (wjh.includes('bremerhaven')) expect(liste.some((r) => r.angewiesen)).toBe(true);
  });
});

it('auch der ASD Berlin-Mitte findet in seinem Posteingang einen ungelesenen Bericht', async () => {
  const post = (await (await t.als('asd@jugendamt-berlin-mitte.demo')).get('/api/posteingang')).json();
  expect(
    (post as PosteingangNotiz[]).some((p) => p.art === 'bericht' && p.gelesenAm === null && p.aktenzeichen),
  ).toBe(true);
});

describe('Demo-Beschwerden', () => {
  const LEITUNGEN = ['leitung@kiju.demo', 'leitung@traeger-bremerhaven.demo', 'leitung@mukiberlin.demo'];
  type B = {
    status: string;
    verantwortlichName: string | null;
    ergebnis: string | null;
    antwortUeberfaellig: boolean;
    bestaetigungUeberfaellig: boolean;
  };
  const liste = async (email: string) => (await (await t.als(email)).get('/api/beschwerden')).json() as B[];

  it.each(LEITUNGEN)('%s: mindestens eine Beschwerde hat eine verantwortliche Person', async (email) => {
    expect((await liste(email)).some((b) => b.verantwortlichName)).toBe(true);
  });

  it('eine ist mit Ergebnis abgeschlossen, eine wartet überfällig auf Antwort, eine auf Bestätigung — jeweils mit Verantwortlicher', async () => {
    const alle = (await Promise.all(LEITUNGEN.map(liste))).flat().filter((b) => b.verantwortlichName);
    expect(alle.some((b) => b.status === 'abgeschlossen' && b.ergebnis)).toBe(true);
    expect(alle.some((b) => b.antwortUeberfaellig)).toBe(true);
    expect(alle.some((b) => b.bestaetigungUeberfaellig)).toBe(true);
  });
});

describe('Demo-Organisationen der Träger', () => {
  it('jeder Träger hat Personal, eine Abwesenheit mit Vertretung, Bereitschaftsdienste und (wo der Vertrag sie setzt) Organisationsfristen', async () => {
    const zahlen = await t.db.withSystemTx(async (tx) => {
      const traeger = await tx
        .select({ id: organisation.id, name: organisation.name })
        .from(organisation)
        .where(eq(organisation.art, 'traeger'));
      const n = async (q: Promise<{ n: number }[]>) => Number((await q)[0].n);
      return Promise.all(
        traeger.map(async (o) => ({
          name: o.name,
          personal: await n(
            tx.select({ n: count() }).from(mitarbeiter).where(eq(mitarbeiter.organisationId, o.id)),
          ),
          vertreten: await n(
            tx
              .select({ n: count() })
              .from(abwesenheit)
              .where(and(eq(abwesenheit.organisationId, o.id), isNotNull(abwesenheit.vertretungId))),
          ),
          dienste: await n(
            tx.select({ n: count() }).from(bereitschaft).where(eq(bereitschaft.organisationId, o.id)),
          ),
          fristen: await n(
            tx
              .select({ n: count() })
              .from(organisationsfrist)
              .where(eq(organisationsfrist.organisationId, o.id)),
          ),
          beschwerden: await n(
            tx.select({ n: count() }).from(beschwerde).where(eq(beschwerde.organisationId, o.id)),
          ),
        })),
      );
    });
    expect(zahlen).toHaveLength(3);
    for (const z of zahlen) {
      expect(z.personal, z.name).toBeGreaterThan(0);
      expect(z.vertreten, z.name).toBeGreaterThan(0);
      expect(z.dienste, z.name).toBeGreaterThan(0);
      expect(z.beschwerden, z.name).toBeGreaterThan(0);
    }
    // The contracts' recurring duties (KIJU, Bremerhaven); Berlin's Anlage D.8 sets none with a date.
    for (const name of ['KIJU Wuppertal', 'Träger Bremerhaven']) {
      expect(zahlen.find((z) => z.name === name)?.fristen, name).toBeGreaterThan(0);
    }
  });

  it.each(['leitung@kiju.demo', 'leitung@traeger-bremerhaven.demo', 'leitung@mukiberlin.demo'])(
    '%s: die Organisationsfristen nennen eine wiederkehrende eigene Pflicht der Leitung',
    async (email) => {
      const res = await (await t.als(email)).get('/api/organisationsfristen');
      expect(res.statusCode).toBe(200);
      const fristen = res.json() as { eigenePflichtId: string | null; status: string }[];
      expect(fristen.some((f) => f.eigenePflichtId && f.status === 'offen')).toBe(true);
    },
  );
});
