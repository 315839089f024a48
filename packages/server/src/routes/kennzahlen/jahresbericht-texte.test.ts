import { audit, jahresbericht, organisation, posteingang } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../dokumente/test-hilfen/pdf-text.ts';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

/**
 * The yearly report's own words: the Leitung writes them per year (optimistic version), the PDF prints them,
 * and sending the report to a Jugendamt puts it into that Jugendamt's Posteingang and fixes the texts.
 */
let t: TestApp;
let kiju: TestSitzung;
let bhv: TestSitzung;

const flach = (b: Buffer | string) => pdfText(b as Buffer).replace(/\s+/g, ' ');
const jugendamt = async (name: string) =>
  (
    await t.db.withSystemTx((tx) =>
      tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.name, name)),
    )
  )[0].id;

beforeAll(async () => {
  t = await testApp();
  kiju = await t.als('leitung@kiju.demo');
  bhv = await t.als('leitung@traeger-bremerhaven.demo');
});
afterAll(() => t.close());

describe('GET/PUT /api/kennzahlen/bericht/texte', () => {
  it('a year without texts starts with the standard introduction (version 0); saving moves the version', async () => {
    const leer = await kiju.get('/api/kennzahlen/bericht/texte?jahr=2024');
    expect(leer.statusCode, leer.body).toBe(200);
    expect(leer.json()).toMatchObject({ jahr: 2024, version: 0, gesendetAm: null, gesendetAn: null });
    expect(leer.json().texte.einleitung).toContain('Kennzahlen des Jahres');
    const res = await kiju.put('/api/kennzahlen/bericht/texte', {
      jahr: 2024,
      version: 0,
      texte: { einleitung: 'Unser Jahr 2024 in Zahlen.', ausblick: 'Zwei neue Stellen ab Januar.' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      version: 1,
      texte: {
        einleitung: 'Unser Jahr 2024 in Zahlen.',
        entwicklungen: '',
        ausblick: 'Zwei neue Stellen ab Januar.',
      },
    });
    // A part not sent stays as it was.
    const zwei = await kiju.put('/api/kennzahlen/bericht/texte', {
      jahr: 2024,
      version: 1,
      texte: { entwicklungen: 'Mehr Anfragen aus Solingen.' },
    });
    expect(zwei.json()).toMatchObject({
      version: 2,
      texte: { einleitung: 'Unser Jahr 2024 in Zahlen.', entwicklungen: 'Mehr Anfragen aus Solingen.' },
    });
    const [a] = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressource, 'jahresbericht'), eq(audit.aktion, 'aendern'))),
    );
    expect(a.benutzerId).toBe(kiju.benutzer.id);
  });

  it('the PDF prints the edited texts under their headings instead of the standard introduction', async () => {
    const g = (await kiju.get('/api/kennzahlen/bericht/texte?jahr=2026')).json();
    const res = await kiju.put('/api/kennzahlen/bericht/texte', {
      jahr: 2026,
      version: g.version,
      texte: {
        einleitung: 'Ein bewegtes Jahr für unsere Familienhilfe.',
        entwicklungen: 'Die Wartezeit sank auf zwei Wochen.',
        ausblick: 'Wir planen eine Gruppe für Väter.',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const text = flach((await kiju.get('/api/kennzahlen/bericht?jahr=2026')).rawPayload);
    expect(text).toContain('Einleitung Ein bewegtes Jahr für unsere Familienhilfe.');
    expect(text).toContain('Entwicklungen im Jahr Die Wartezeit sank auf zwei Wochen.');
    expect(text).toContain('Ausblick Wir planen eine Gruppe für Väter.');
    expect(text).not.toContain('Der Bericht stellt die Kennzahlen des Jahres dar.');
  });

  it('a stale version → 409 with the current texts, nothing changes', async () => {
    const g = (await kiju.get('/api/kennzahlen/bericht/texte?jahr=2025')).json();
    await kiju.put('/api/kennzahlen/bericht/texte', {
      jahr: 2025,
      version: g.version,
      texte: { ausblick: 'A' },
    });
    const alt = await kiju.put('/api/kennzahlen/bericht/texte', {
      jahr: 2025,
      version: g.version,
      texte: { ausblick: 'B' },
    });
    expect(alt.statusCode).toBe(409);
    expect(alt.json().aktuell.texte.ausblick).toBe('A');
    expect((await kiju.get('/api/kennzahlen/bericht/texte?jahr=2025')).json().texte.ausblick).toBe('A');
  });

  it('oversized text, unknown part, bad year or version → 422 in German, nothing changes', async () => {
    const vorher = (await kiju.get('/api/kennzahlen/bericht/texte?jahr=2026')).json();
    for (const body of [
      { jahr: 2026, version: vorher.version, texte: { einleitung: 'x'.repeat(8001) } },
      { jahr: 2026, version: vorher.version, texte: { fazit: 'Gut.' } },
      { jahr: 1999, version: vorher.version, texte: {} },
      { jahr: 2026, texte: { einleitung: 'ohne Version' } },
    ]) {
      const res = await kiju.put('/api/kennzahlen/bericht/texte', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      expect(res.body).toMatch(/Höchstens 8\.000 Zeichen|Unbekannter Abschnitt|Jahr|Version/);
    }
    expect((await kiju.get('/api/kennzahlen/bericht/texte?jahr=2026')).json()).toEqual(vorher);
  });

  it('only the Leitung reads and writes texts; another organisation never sees them', async () => {
    for (const email of [
      'fachkraft@kiju.demo',
      'verwaltung@kiju.demo',
      'admin@kiju.demo',
      'asd@jugendamt-bremerhaven.demo',
    ]) {
      const s = await t.als(email);
      expect((await s.get('/api/kennzahlen/bericht/texte?jahr=2026')).statusCode, email).toBe(403);
      expect(
        (await s.put('/api/kennzahlen/bericht/texte', { jahr: 2026, version: 1, texte: {} })).statusCode,
        email,
      ).toBe(403);
    }
    // Bremerhaven's Leitung sees its own demo draft, not KIJU's texts of the same year.
    const eigen = (await bhv.get('/api/kennzahlen/bericht/texte?jahr=2026')).json();
    expect(eigen.texte.einleitung).toContain('Jugendamt Bremerhaven');
  });
});

describe('POST /api/kennzahlen/bericht/senden', () => {
  it('into the Bremerhaven ASD Posteingang as a PDF; the texts are fixed afterwards; Wuppertal sees nothing', async () => {
    const ja = await jugendamt('Jugendamt Bremerhaven (Amt für Jugend, Familie und Frauen)');
    const g = (await bhv.get('/api/kennzahlen/bericht/texte?jahr=2026')).json();
    expect(g.empfaenger.map((e: { id: string }) => e.id)).toContain(ja);
    await bhv.put('/api/kennzahlen/bericht/texte', {
      jahr: 2026,
      version: g.version,
      texte: { ausblick: 'Der Sozialraum Lehe bekommt ein zweites Büro.' },
    });
    const res = await bhv.post('/api/kennzahlen/bericht/senden', { jahr: 2026, jugendamtId: ja });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().gesendetAn.id).toBe(ja);
    expect(res.json().gesendetAm).not.toBeNull();

    const asd = await t.als('asd@jugendamt-bremerhaven.demo');
    const liste = (await asd.get('/api/posteingang')).json();
    const n = liste.find((x: { art: string }) => x.art === 'jahresbericht');
    expect(n).toMatchObject({ titel: 'Jahresbericht 2026', fallId: null, hilfeId: null });
    expect(n.traeger.name).toBe(bhv.organisation.name);
    const pdf = await asd.get(n.pdf);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = flach(pdf.rawPayload);
    expect(text).toContain('Bericht des Trägers an das Jugendamt Bremerhaven');
    expect(text).toContain('Ausblick Der Sozialraum Lehe bekommt ein zweites Büro.');

    const wup = await t.als('asd@jugendamt-wuppertal.demo');
    const fremd = (await wup.get('/api/posteingang')).json();
    expect(fremd.some((x: { art: string }) => x.art === 'jahresbericht')).toBe(false);
    expect((await wup.get(n.pdf)).statusCode).toBe(404);

    // Fixed: no more edits, no second sending; the audit names the Jugendamt and the notice.
    const nach = (await bhv.get('/api/kennzahlen/bericht/texte?jahr=2026')).json();
    const aendern = await bhv.put('/api/kennzahlen/bericht/texte', {
      jahr: 2026,
      version: nach.version,
      texte: { ausblick: 'Doch anders.' },
    });
    expect(aendern.statusCode).toBe(409);
    expect(aendern.body).toContain('bereits an das Jugendamt gesendet');
    expect(
      (await bhv.post('/api/kennzahlen/bericht/senden', { jahr: 2026, jugendamtId: ja })).statusCode,
    ).toBe(409);
    const [a] = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.ressource, 'jahresbericht'), eq(audit.aktion, 'senden'))),
    );
    expect(a.details).toEqual({ jugendamtId: ja, posteingangId: n.id });
    // The stored texts are those sent.
    const [z] = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(jahresbericht)
        .where(and(eq(jahresbericht.organisationId, bhv.organisation.id), eq(jahresbericht.jahr, 2026))),
    );
    expect(z.texte.ausblick).toBe('Der Sozialraum Lehe bekommt ein zweites Büro.');
  });

  it('a Jugendamt without Hilfen or budget with the provider → 422, nothing sent', async () => {
    const mitte = await jugendamt('Jugendamt Berlin-Mitte');
    const vorher = await t.db.withSystemTx((tx) => tx.select().from(posteingang));
    for (const body of [
      { jahr: 2025, jugendamtId: mitte },
      { jahr: 2025, jugendamtId: kiju.organisation.id },
      { jahr: 2025, jugendamtId: 'kein-uuid' },
      { jahr: 1999, jugendamtId: mitte },
    ]) {
      const res = await kiju.post('/api/kennzahlen/bericht/senden', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      expect(res.body).toMatch(/Jugendamt|Jahr/);
    }
    expect(await t.db.withSystemTx((tx) => tx.select().from(posteingang))).toHaveLength(vorher.length);
    expect((await kiju.get('/api/kennzahlen/bericht/texte?jahr=2025')).json().gesendetAm).toBeNull();
  });

  it('only the Leitung sends', async () => {
    const ja = await jugendamt('Jugendamt Wuppertal');
    for (const email of ['fachkraft@kiju.demo', 'verwaltung@kiju.demo', 'asd@jugendamt-wuppertal.demo']) {
      const res = await (await t.als(email)).post('/api/kennzahlen/bericht/senden', {
        jahr: 2025,
        jugendamtId: ja,
      });
      expect(res.statusCode, email).toBe(403);
    }
  });
});
