import { audit, dokument, eigenePflicht, organisationsfrist } from '@hilfewerk/db';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kleinesPdf } from '../../demo/dokumente.ts';
import { formular } from '../../test/multipart.ts';
import { type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';

/**
 * The organisation's duties beyond the catalogue (heute = 25.11.2026): a report attached when an organisation
 * deadline is met, and recurring duties the Leitung sets itself (supervision). KIJU's monthly rota to the fire
 * brigade gives open deadlines to complete; Bremerhaven is the other organisation.
 */
let t: TestApp;
const PDF = kleinesPdf('QE-Bericht 2026');

interface OFrist {
  id: string;
  regel: string;
  bezeichnung: string;
  faellig: string;
  status: string;
  nachweis: string | null;
  bericht: { id: string; name: string; mime: string; groesse: number } | null;
  eigenePflichtId: string | null;
}

const liste = async (s: TestSitzung): Promise<OFrist[]> => {
  const res = await s.get('/api/organisationsfristen');
  expect(res.statusCode).toBe(200);
  return res.json();
};

/** Open KIJU deadlines of the rota rule, oldest first: each test completes its own. */
const offeneKiju = async () =>
  (await liste(await t.als('leitung@kiju.demo'))).filter(
    (f) => f.regel === 'bereitschaftsplan-feuerwehr' && f.status !== 'erledigt' && f.status !== 'entfallen',
  );

function senden(
  s: Pick<TestSitzung, 'cookie' | 'csrfToken'>,
  fristId: string,
  felder: Record<string, string>,
  datei: { name: string; inhalt: Buffer; typ?: string } | null,
) {
  const f = formular(felder, datei ? [{ feld: 'datei', ...datei }] : []);
  return t.app.inject({
    method: 'POST',
    url: `/api/organisationsfristen/${fristId}/bericht`,
    headers: { ...f.headers, cookie: s.cookie, 'x-csrf-token': s.csrfToken },
    payload: f.body,
  });
}

const stand = async () =>
  t.db.withSystemTx(async (tx) => [
    (await tx.select({ n: count() }).from(dokument).where(isNotNull(dokument.organisationsfristId)))[0].n,
    (
      await tx
        .select({ n: count() })
        .from(organisationsfrist)
        .where(eq(organisationsfrist.status, 'erledigt'))
    )[0].n,
    (await tx.select({ n: count() }).from(audit))[0].n,
  ]);

beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('Bericht anhängen, wenn eine Frist des Trägers erledigt wird', () => {
  it('die Leitung erledigt mit PDF: Liste zeigt den Bericht, Download byteweise, Protokoll ohne Name und Inhalt', async () => {
    const s = await t.als('leitung@kiju.demo');
    const [frist] = await offeneKiju();
    const res = await senden(
      s,
      frist.id,
      { erledigtAm: '2026-11-20', nachweis: 'Per Fax an die Feuerwehr' },
      { name: 'Dienstplan Müller.pdf', inhalt: PDF },
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id: frist.id,
      status: 'erledigt',
      nachweis: 'Per Fax an die Feuerwehr',
      bericht: { name: 'Dienstplan Müller.pdf', mime: 'application/pdf', groesse: PDF.length },
    });
    const bericht = (await liste(s)).find((f) => f.id === frist.id)?.bericht;
    expect(bericht?.name).toBe('Dienstplan Müller.pdf');

    const dl = await s.get(`/api/organisationsfristen/${frist.id}/bericht`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PDF)).toBe(true);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['content-disposition']).toBe(
      `attachment; filename="Dienstplan M_ller.pdf"; filename*=UTF-8''Dienstplan%20M%C3%BCller.pdf`,
    );
    expect(dl.headers['cache-control']).toBe('no-store');

    const zeilen = await t.db.withSystemTx((tx) =>
      tx
        .select({ ressource: audit.ressource, aktion: audit.aktion, details: audit.details })
        .from(audit)
        .where(eq(audit.organisationId, s.organisation.id)),
    );
    const dokumentId = bericht?.id;
    expect(zeilen).toEqual(
      expect.arrayContaining([
        { ressource: 'organisationsfrist', aktion: 'erledigen', details: { dokumentId } },
        {
          ressource: 'dokument',
          aktion: 'anlegen',
          details: { organisationsfristId: frist.id, groesse: PDF.length },
        },
        {
          ressource: 'dokument',
          aktion: 'lesen',
          details: { organisationsfristId: frist.id, groesse: PDF.length },
        },
      ]),
    );
    expect(JSON.stringify(zeilen)).not.toContain('Müller');
    // The case documents' download does not serve an organisation report.
    expect((await s.get(`/api/dokumente/${dokumentId}`)).statusCode).toBe(404);
  });

  it('ohne Nachweistext nennt der Nachweis den angehängten Bericht; auch die Administration darf', async () => {
    const s = await t.als('admin@kiju.demo');
    const [frist] = await offeneKiju();
    const res = await senden(s, frist.id, { erledigtAm: '2026-11-25' }, { name: 'plan.pdf', inhalt: PDF });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().nachweis).toBe('Bericht angehängt (plan.pdf)');
    expect((await s.get(`/api/organisationsfristen/${frist.id}/bericht`)).statusCode).toBe(200);
  });

  it('Fachkraft und Verwaltung: 403, und in ihrer Liste kein Bericht', async () => {
    const erledigt = (await liste(await t.als('leitung@kiju.demo'))).find((f) => f.bericht);
    expect(erledigt).toBeDefined();
    const [offen] = await offeneKiju();
    for (const email of ['fachkraft@kiju.demo', 'verwaltung@kiju.demo']) {
      const s = await t.als(email);
      const vorher = await stand();
      const res = await senden(s, offen.id, { erledigtAm: '2026-11-20' }, { name: 'a.pdf', inhalt: PDF });
      expect(res.statusCode).toBe(403);
      expect((await s.get(`/api/organisationsfristen/${erledigt?.id}/bericht`)).statusCode).toBe(403);
      // Row-level security hides the report itself from roles that list the deadlines.
      if (email === 'verwaltung@kiju.demo') {
        expect((await liste(s)).find((f) => f.id === erledigt?.id)?.bericht).toBeNull();
      }
      expect((await stand()).slice(0, 2)).toEqual(vorher.slice(0, 2));
    }
  });

  it('eine Frist einer anderen Organisation: 404, nichts geschrieben', async () => {
    const tbh = (await liste(await t.als('leitung@traeger-bremerhaven.demo')))[0];
    const s = await t.als('leitung@kiju.demo');
    const vorher = await stand();
    const res = await senden(s, tbh.id, { erledigtAm: '2026-11-20' }, { name: 'a.pdf', inhalt: PDF });
    expect(res.statusCode).toBe(404);
    expect((await s.get(`/api/organisationsfristen/${tbh.id}/bericht`)).statusCode).toBe(404);
    expect((await stand()).slice(0, 2)).toEqual(vorher.slice(0, 2));
  });

  describe('abgelehnt, und nichts halb geschrieben', () => {
    const abgelehnt = async (
      felder: Record<string, string>,
      datei: { name: string; inhalt: Buffer; typ?: string } | null,
      fristId?: string,
    ) => {
      const s = await t.als('leitung@kiju.demo');
      const id = fristId ?? (await offeneKiju())[0].id;
      const vorher = await stand();
      const res = await senden(s, id, felder, datei);
      expect(await stand()).toEqual(vorher);
      expect((await liste(s)).find((f) => f.id === id)?.bericht).toBeFalsy();
      return res;
    };

    it('über 10 MB: 413', async () => {
      const gross = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - PDF.length)]);
      const res = await abgelehnt({ erledigtAm: '2026-11-20' }, { name: 'scan.pdf', inhalt: gross });
      expect(res.statusCode).toBe(413);
      expect(res.json().fehler).toBe('Die Datei ist zu groß. Erlaubt sind höchstens 10 MB.');
    });

    it('eine ausführbare Datei, die sich PDF nennt: 415', async () => {
      const res = await abgelehnt(
        { erledigtAm: '2026-11-20' },
        { name: 'bericht.pdf', inhalt: Buffer.from('MZ\x90\x00this program'), typ: 'application/pdf' },
      );
      expect(res.statusCode).toBe(415);
      expect(res.json().fehler).toContain('Dieser Dateityp wird nicht angenommen.');
    });

    it('ohne Datei, ohne oder mit falschem Datum, Datum in der Zukunft: 422 am Feld', async () => {
      const ohne = await abgelehnt({ erledigtAm: '2026-11-20' }, null);
      expect(ohne.statusCode).toBe(422);
      expect(ohne.json().felder).toEqual({ datei: 'Bitte wählen Sie eine Datei aus.' });
      const leer = await abgelehnt({ erledigtAm: '2026-11-20' }, { name: 'a.pdf', inhalt: Buffer.alloc(0) });
      expect(leer.json().felder.datei).toBe('Bitte wählen Sie eine Datei aus.');
      const ohneDatum = await abgelehnt({}, { name: 'a.pdf', inhalt: PDF });
      expect(ohneDatum.statusCode).toBe(422);
      expect(ohneDatum.json().felder.erledigtAm).toContain('JJJJ-MM-TT');
      const falsch = await abgelehnt({ erledigtAm: '30.02.2026' }, { name: 'a.pdf', inhalt: PDF });
      expect(falsch.statusCode).toBe(422);
      const zukunft = await abgelehnt({ erledigtAm: '2026-12-01' }, { name: 'a.pdf', inhalt: PDF });
      expect(zukunft.statusCode).toBe(422);
      expect(zukunft.json().felder.erledigtAm).toContain('Zukunft');
    });

    it('eine schon erledigte Frist: 422, kein zweiter Bericht', async () => {
      const erledigt = (await liste(await t.als('leitung@kiju.demo'))).find((f) => f.bericht);
      const s = await t.als('leitung@kiju.demo');
      const vorher = await stand();
      const res = await senden(
        s,
        erledigt?.id as string,
        { erledigtAm: '2026-11-20' },
        { name: 'b.pdf', inhalt: PDF },
      );
      expect(res.statusCode).toBe(422);
      expect(await stand()).toEqual(vorher);
    });
  });
});

describe('eigene wiederkehrende Pflichten der Leitung', () => {
  const eigene = async (s: TestSitzung, id: string) =>
    (await liste(s)).filter((f) => f.eigenePflichtId === id).map((f) => [f.faellig, f.status, f.bezeichnung]);

  it('Demo: KIJUs Teamsupervision alle 6 Wochen ab 22.10.2026 ist am 03.12.2026 fällig', async () => {
    const s = await t.als('leitung@kiju.demo');
    const [p] = (await s.get('/api/eigene-pflichten')).json();
    expect(p).toMatchObject({ titel: 'Teamsupervision', rhythmus: 'wochen', alleWochen: 6 });
    const fristen = (await liste(s)).filter((f) => f.eigenePflichtId === p.id);
    expect(fristen.map((f) => f.faellig)).toEqual(['2026-10-22', '2026-12-03']);
    expect(fristen[0]).toMatchObject({ regel: `eigen-${p.id}`, bezeichnung: 'Teamsupervision' });
  });

  it('anlegen, ändern, beenden: Fristen folgen, jeder Schritt protokolliert', async () => {
    const s = await t.als('leitung@kiju.demo');
    const neu = await s.post('/api/eigene-pflichten', {
      titel: 'Fallsupervision',
      rhythmus: 'monatlich',
      erstmals: '2026-10-15',
      hinweis: 'Budget je VK',
    });
    expect(neu.statusCode, neu.body).toBe(201);
    const p = neu.json();
    expect(p).toMatchObject({
      titel: 'Fallsupervision',
      rhythmus: 'monatlich',
      alleWochen: null,
      beendetAm: null,
    });
    // Monthly from 15.10.: 15.10. and 15.11. overdue, 15.12. within the next month; 15.01.2027 not yet.
    expect(await eigene(s, p.id)).toEqual([
      ['2026-10-15', 'ueberfaellig', 'Fallsupervision'],
      ['2026-11-15', 'ueberfaellig', 'Fallsupervision'],
      ['2026-12-15', 'offen', 'Fallsupervision'],
    ]);

    const geaendert = await s.put(`/api/eigene-pflichten/${p.id}`, {
      version: p.version,
      titel: 'Fallsupervision extern',
      rhythmus: 'vierteljaehrlich',
      erstmals: '2026-10-15',
    });
    expect(geaendert.statusCode, geaendert.body).toBe(200);
    // Quarterly from 15.10.: 15.11. and 15.12. lapse, 15.10. stays open, 15.01.2027 is the next within a quarter;
    // the open ones took the new title first.
    expect(await eigene(s, p.id)).toEqual([
      ['2026-10-15', 'ueberfaellig', 'Fallsupervision extern'],
      ['2026-11-15', 'entfallen', 'Fallsupervision extern'],
      ['2026-12-15', 'entfallen', 'Fallsupervision extern'],
      ['2027-01-15', 'offen', 'Fallsupervision extern'],
    ]);
    const veraltet = await s.put(`/api/eigene-pflichten/${p.id}`, {
      version: p.version,
      titel: 'x',
      rhythmus: 'jaehrlich',
      erstmals: '2026-10-15',
    });
    expect(veraltet.statusCode).toBe(409);

    const beendet = await s.post(`/api/eigene-pflichten/${p.id}/beenden`, {
      version: geaendert.json().version,
    });
    expect(beendet.statusCode, beendet.body).toBe(200);
    expect(beendet.json().beendetAm).toBe('2026-11-25');
    expect((await eigene(s, p.id)).map((z) => z[1])).toEqual([
      'entfallen',
      'entfallen',
      'entfallen',
      'entfallen',
    ]);
    const nochmal = await s.post(`/api/eigene-pflichten/${p.id}/beenden`, {
      version: beendet.json().version,
    });
    expect(nochmal.statusCode).toBe(422);

    const zeilen = await t.db.withSystemTx((tx) =>
      tx
        .select({ aktion: audit.aktion, details: audit.details })
        .from(audit)
        .where(and(eq(audit.ressource, 'eigenePflicht'), eq(audit.ressourceId, p.id))),
    );
    expect(zeilen.map((z) => z.aktion)).toEqual(['anlegen', 'aendern', 'deaktivieren']);
    expect(zeilen[1].details).toEqual({ felder: ['titel', 'rhythmus', 'hinweis'] });
    expect(JSON.stringify(zeilen)).not.toContain('Budget je VK');
  });

  it('alle N Wochen: eine Frist je Rhythmus im Fenster', async () => {
    const s = await t.als('leitung@kiju.demo');
    const res = await s.post('/api/eigene-pflichten', {
      titel: 'Klausurtag',
      rhythmus: 'wochen',
      alleWochen: 2,
      erstmals: '2026-11-26',
    });
    expect(res.statusCode, res.body).toBe(201);
    // 26.11., the next one; 10.12. (+ 14 days) lies beyond the next two weeks (until 09.12.).
    expect((await eigene(s, res.json().id)).map((z) => z[0])).toEqual(['2026-11-26']);
  });

  it('falscher Rhythmus, Wochen ohne Zahl, Zahl ohne Wochen, kein Datum: 422, nichts angelegt', async () => {
    const s = await t.als('leitung@kiju.demo');
    const anzahl = async () =>
      (await t.db.withSystemTx((tx) => tx.select({ n: count() }).from(eigenePflicht)))[0].n;
    const vorher = await anzahl();
    const basis = { titel: 'Supervision', erstmals: '2026-12-01' };
    const faelle: [object, string][] = [
      [{ ...basis, rhythmus: 'zweiwoechentlich' }, 'rhythmus'],
      [{ ...basis, rhythmus: 'wochen' }, 'alleWochen'],
      [{ ...basis, rhythmus: 'wochen', alleWochen: 60 }, 'alleWochen'],
      [{ ...basis, rhythmus: 'monatlich', alleWochen: 4 }, 'alleWochen'],
      [{ ...basis, rhythmus: 'monatlich', erstmals: '2026-02-30' }, 'erstmals'],
      [{ rhythmus: 'monatlich', erstmals: '2026-12-01' }, 'titel'],
    ];
    for (const [eingabe, feld] of faelle) {
      const res = await s.post('/api/eigene-pflichten', eingabe);
      expect(res.statusCode, JSON.stringify(eingabe)).toBe(422);
      expect(res.json().felder[feld], JSON.stringify(res.json())).toBeTruthy();
    }
    const ohneZahl = await s.post('/api/eigene-pflichten', { ...basis, rhythmus: 'wochen' });
    expect(ohneZahl.json().felder).toEqual({
      alleWochen: 'Bitte eine ganze Zahl von 1 bis 52 Wochen angeben.',
    });
    const zahlBeiMonat = await s.post('/api/eigene-pflichten', {
      ...basis,
      rhythmus: 'monatlich',
      alleWochen: 4,
    });
    expect(zahlBeiMonat.json().felder).toEqual({
      alleWochen: 'Nur beim Rhythmus „alle N Wochen“ anzugeben.',
    });
    expect(await anzahl()).toBe(vorher);
  });

  it('wer darf: Administration liest, legt nicht an; Fachkraft nichts; fremde Organisation 404', async () => {
    const eingabe = { titel: 'Supervision', rhythmus: 'monatlich', erstmals: '2026-12-01' };
    const admin = await t.als('admin@kiju.demo');
    expect((await admin.get('/api/eigene-pflichten')).statusCode).toBe(200);
    expect((await admin.post('/api/eigene-pflichten', eingabe)).statusCode).toBe(403);
    const fk = await t.als('fachkraft@kiju.demo');
    expect((await fk.get('/api/eigene-pflichten')).statusCode).toBe(403);
    expect((await fk.post('/api/eigene-pflichten', eingabe)).statusCode).toBe(403);
    const [tbh] = (
      await (await t.als('leitung@traeger-bremerhaven.demo')).get('/api/eigene-pflichten')
    ).json();
    const kiju = await t.als('leitung@kiju.demo');
    expect(
      (await kiju.put(`/api/eigene-pflichten/${tbh.id}`, { ...eingabe, version: tbh.version })).statusCode,
    ).toBe(404);
    expect(
      (await kiju.post(`/api/eigene-pflichten/${tbh.id}/beenden`, { version: tbh.version })).statusCode,
    ).toBe(404);
    const danach = (
      await (await t.als('leitung@traeger-bremerhaven.demo')).get('/api/eigene-pflichten')
    ).json();
    expect(danach[0]).toEqual(tbh);
  });
});
