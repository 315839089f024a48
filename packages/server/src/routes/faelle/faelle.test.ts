import { audit, fall, hilfe, person } from '@hilfewerk/db';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallId, type TestApp, testApp } from '../../test/test-app.ts';

let t: TestApp;
let jaWuppertal: string;
beforeAll(async () => {
  t = await testApp();
  const s = await t.als('leitung@kiju.demo');
  jaWuppertal = (await s.get('/api/jugendaemter'))
    .json()
    .find((j: { name: string }) => j.name.includes('Wuppertal')).id;
});
afterAll(() => t.close());

async function anzahl(tabelle: typeof fall | typeof hilfe | typeof person | typeof audit) {
  const [{ n }] = await t.db.withSystemTx((tx) => tx.select({ n: count() }).from(tabelle));
  return Number(n);
}

describe('GET /api/faelle', () => {
  it('lists the whole organisation for Leitung, sorted, with the newest Hilfe and x-gesamtzahl', async () => {
    const s = await t.als('leitung@kiju.demo');
    const res = await s.get('/api/faelle');
    expect(res.statusCode).toBe(200);
    const liste = res.json();
    expect(res.headers['x-gesamtzahl']).toBe(String(liste.length));
    expect(liste.map((f: { aktenzeichen: string }) => f.aktenzeichen)).toEqual([
      'KIJU-2025-014',
      'KIJU-2026-001',
      'KIJU-2026-002',
      'KIJU-2026-003',
    ]);
    expect(liste[1]).toMatchObject({
      leistung: 'kiju-nachbetreuung',
      variante: 'eigene-wohnung',
      jugendamt: { name: 'Jugendamt Wuppertal' },
      status: 'aktiv',
      beginn: '2026-08-03',
      version: 1,
    });
  });

  it('shows a Fachkraft only the cases of her team', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const az = (await s.get('/api/faelle')).json().map((f: { aktenzeichen: string }) => f.aktenzeichen);
    expect(az).toEqual(['KIJU-2026-001', 'KIJU-2026-002', 'KIJU-2026-003']);
  });

  it('searches Aktenzeichen, Bezeichnung and person names; filters status, Leistung, Jugendamt; pages', async () => {
    const s = await t.als('leitung@traeger-bremerhaven.demo');
    const namen = (await s.get('/api/faelle?suche=leuchtturm')).json();
    expect(namen.map((f: { aktenzeichen: string }) => f.aktenzeichen)).toEqual(['TBH-NB-2026-001']);
    // The running SPFH in Lehe and the one that ended in 2026 (TBH-2025-005).
    expect((await s.get('/api/faelle?suche=Familienhilfe')).json()).toHaveLength(2);
    expect((await s.get('/api/faelle?suche=%25')).json()).toHaveLength(0);
    const lt11 = await s.get('/api/faelle?leistung=lt11-nachbetreuung');
    expect(lt11.json()).toHaveLength(3);
    expect(lt11.headers['x-gesamtzahl']).toBe('3');
    expect((await s.get(`/api/faelle?jugendamt=${jaWuppertal}`)).json()).toHaveLength(0);
    const seite2 = await s.get('/api/faelle?proSeite=5&seite=2');
    expect(seite2.json()).toHaveLength(3);
    expect(seite2.headers['x-gesamtzahl']).toBe('8');
    expect(
      (await t.als('leitung@kiju.demo').then((k) => k.get('/api/faelle?status=beendet'))).json(),
    ).toHaveLength(1);
  });

  it('counts the new total at once after a case is created through the API', async () => {
    const s = await t.als('leitung@kiju.demo');
    const vorher = Number((await s.get('/api/faelle?proSeite=1')).headers['x-gesamtzahl']);
    expect(Number((await s.get('/api/faelle?proSeite=1')).headers['x-gesamtzahl'])).toBe(vorher);
    const neu = await s.post('/api/faelle', { aktenzeichen: 'KIJU-ZAEHL-1', bezeichnung: 'Zählung' });
    expect(neu.statusCode).toBe(201);
    const nachher = await s.get('/api/faelle?proSeite=1');
    expect(Number(nachher.headers['x-gesamtzahl'])).toBe(vorher + 1);
    const suche = await s.get('/api/faelle?suche=ZAEHL');
    expect(suche.headers['x-gesamtzahl']).toBe('1');
  });

  it('refuses invalid query parameters with 422', async () => {
    const s = await t.als('leitung@kiju.demo');
    const res = await s.get('/api/faelle?status=offen&proSeite=0');
    expect(res.statusCode).toBe(422);
    expect(Object.keys(res.json().felder).sort()).toEqual(['proSeite', 'status']);
  });
});

describe('POST /api/faelle and the case file', () => {
  it('creates a case with persons; the creator joins the team; audit row written', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const vorher = await anzahl(audit);
    const res = await s.post('/api/faelle', {
      aktenzeichen: 'KIJU-2026-100',
      bezeichnung: 'Neuer Fall',
      personen: [{ rolle: 'junger_mensch', vorname: 'Test', nachname: 'Person', geburtsdatum: '2010-01-31' }],
    });
    expect(res.statusCode).toBe(201);
    const f = res.json();
    expect(f).toMatchObject({
      aktenzeichen: 'KIJU-2026-100',
      status: 'aktiv',
      version: 1,
      hilfen: [],
      ereignisse: [],
    });
    expect(f.personen[0]).toMatchObject({ vorname: 'Test', geburtsdatum: '2010-01-31', version: 1 });
    expect(f.team).toEqual([{ benutzerId: s.benutzer.id, name: s.benutzer.name, rolle: 'fachkraft' }]);
    expect(await anzahl(audit)).toBe(vorher + 1);
    expect((await s.get(`/api/faelle/${f.id}`)).json()).toEqual(f);
  });

  it('refuses a duplicate Aktenzeichen with 422 felder.aktenzeichen and writes nothing', async () => {
    const s = await t.als('leitung@kiju.demo');
    const [faelle, personen, auditZeilen] = [await anzahl(fall), await anzahl(person), await anzahl(audit)];
    const res = await s.post('/api/faelle', {
      aktenzeichen: 'KIJU-2026-001',
      bezeichnung: 'Doppelt',
      personen: [{ rolle: 'junger_mensch', vorname: 'A', nachname: 'B' }],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().felder.aktenzeichen).toMatch(/vergeben/);
    expect([await anzahl(fall), await anzahl(person), await anzahl(audit)]).toEqual([
      faelle,
      personen,
      auditZeilen,
    ]);
  });

  it('allows the same Aktenzeichen in another organisation', async () => {
    const s = await t.als('leitung@traeger-bremerhaven.demo');
    expect(
      (await s.post('/api/faelle', { aktenzeichen: 'KIJU-2026-001', bezeichnung: 'x' })).statusCode,
    ).toBe(201);
  });

  it('answers 422 with a message per field', async () => {
    const s = await t.als('leitung@kiju.demo');
    const res = await s.post('/api/faelle', {
      aktenzeichen: '  ',
      personen: [{ rolle: 'onkel', vorname: 'X', nachname: 'Y', geburtsdatum: '31.01.2010' }],
    });
    expect(res.statusCode).toBe(422);
    const felder = res.json().felder;
    expect(Object.keys(felder).sort()).toEqual([
      'aktenzeichen',
      'bezeichnung',
      'personen.0.geburtsdatum',
      'personen.0.rolle',
    ]);
    expect(felder.aktenzeichen).toBe('Bitte geben Sie das Aktenzeichen an.');
  });

  it('answers 400 for malformed JSON', async () => {
    const s = await t.als('leitung@kiju.demo');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/faelle',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' },
      payload: '{"aktenzeichen": "x",',
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('PATCH with versions', () => {
  it('changes the case and increments the version', async () => {
    const s = await t.als('leitung@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-002');
    const res = await s.patch(`/api/faelle/${id}`, {
      version: 1,
      bezeichnung: 'Rückführung Barmen (geändert)',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ bezeichnung: 'Rückführung Barmen (geändert)', version: 2 });
  });

  it('answers 409 with the current record for a stale version, and changes nothing', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-002');
    const auditVorher = await anzahl(audit);
    const res = await s.patch(`/api/faelle/${id}`, { version: 1, bezeichnung: 'Überschrieben' });
    expect(res.statusCode).toBe(409);
    expect(res.json().aktuell).toMatchObject({ bezeichnung: 'Rückführung Barmen (geändert)', version: 2 });
    expect(await anzahl(audit)).toBe(auditVorher);
    // Reading the file afterwards is itself audited: one row more, and the change did not happen.
    expect((await s.get(`/api/faelle/${id}`)).json().bezeichnung).toBe('Rückführung Barmen (geändert)');
    expect(await anzahl(audit)).toBe(auditVorher + 1);
  });

  it('treats version 0 as a stale version (409), and only a missing or malformed one as a field error', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-002');
    const aktuell = (await s.get(`/api/faelle/${id}`)).json();
    const null_ = await s.patch(`/api/faelle/${id}`, { version: 0, bezeichnung: 'Überschrieben' });
    expect(null_.statusCode).toBe(409);
    expect(null_.json().aktuell).toMatchObject({
      version: aktuell.version,
      bezeichnung: aktuell.bezeichnung,
    });
    expect(aktuell.version).toBeGreaterThan(0);
    const fehlt = await s.patch(`/api/faelle/${id}`, { bezeichnung: 'Überschrieben' });
    expect(fehlt.statusCode).toBe(422);
    expect(fehlt.json().felder).toEqual({ version: 'Die Version fehlt.' });
    const negativ = await s.patch(`/api/faelle/${id}`, { version: -1, bezeichnung: 'Überschrieben' });
    expect(negativ.json().felder).toEqual({ version: 'Die Version kann nicht negativ sein.' });
    const text = await s.patch(`/api/faelle/${id}`, { version: '2', bezeichnung: 'Überschrieben' });
    expect(text.json().felder).toEqual({ version: 'Die Version muss eine Zahl sein.' });
  });

  it('versions persons and Hilfen the same way', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-001');
    const akte = (await s.get(`/api/faelle/${id}`)).json();
    const p = akte.personen[0];
    const ok = await s.patch(`/api/faelle/${id}/personen/${p.id}`, { version: p.version, vorname: 'Jona' });
    expect(ok.json()).toMatchObject({ vorname: 'Jona', version: p.version + 1 });
    const alt = await s.patch(`/api/faelle/${id}/personen/${p.id}`, { version: p.version, vorname: 'Jonas' });
    expect(alt.statusCode).toBe(409);
    expect(alt.json().aktuell.vorname).toBe('Jona');

    const h = akte.hilfen[0];
    const ende = await s.patch(`/api/faelle/${id}/hilfen/${h.id}`, {
      version: h.version,
      geplantesEnde: '2027-01-15',
    });
    expect(ende.json()).toMatchObject({ geplantesEnde: '2027-01-15', version: h.version + 1 });
    const altH = await s.patch(`/api/faelle/${id}/hilfen/${h.id}`, {
      version: h.version,
      geplantesEnde: '2027-01-20',
    });
    expect(altH.statusCode).toBe(409);
    expect(altH.json().aktuell.geplantesEnde).toBe('2027-01-15');
  });
});

describe('Hilfen', () => {
  it('creates a Hilfe with a catalogue Leistung and a Jugendamt', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-100');
    const res = await s.post(`/api/faelle/${id}/hilfen`, {
      leistung: 'kiju-nachbetreuung',
      variante: 'rueckfuehrung',
      rechtsgrundlage: '§ 27 SGB VIII',
      jugendamtId: jaWuppertal,
      beginn: '2026-12-01',
      geplantesEnde: '2027-05-31',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      leistung: 'kiju-nachbetreuung',
      jugendamt: { id: jaWuppertal },
      version: 1,
    });
    const liste = (await s.get('/api/faelle?suche=KIJU-2026-100')).json();
    expect(liste[0]).toMatchObject({ leistung: 'kiju-nachbetreuung', beginn: '2026-12-01' });
  });

  it('refuses an unknown catalogue id with 422 naming the valid ones', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-100');
    const vorher = await anzahl(hilfe);
    const res = await s.post(`/api/faelle/${id}/hilfen`, {
      leistung: 'gibt-es-nicht',
      rechtsgrundlage: '§ 27 SGB VIII',
      jugendamtId: jaWuppertal,
      beginn: '2026-12-01',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().felder.leistung).toMatch(
      /lt11-nachbetreuung.*kiju-nachbetreuung.*bremerhaven-ambulant.*berlin-d8/,
    );
    expect(await anzahl(hilfe)).toBe(vorher);
  });

  it('refuses a wrong variant, a provider as Jugendamt and an end before the start', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-100');
    const res = await s.post(`/api/faelle/${id}/hilfen`, {
      leistung: 'kiju-nachbetreuung',
      variante: 'p31',
      rechtsgrundlage: '§ 27 SGB VIII',
      jugendamtId: s.organisation.id,
      beginn: '2026-12-01',
      geplantesEnde: '2026-11-01',
    });
    expect(res.statusCode).toBe(422);
    expect(Object.keys(res.json().felder).sort()).toEqual(['geplantesEnde', 'jugendamtId', 'variante']);
  });
});

describe('Ereignisse, Notizen, Team', () => {
  it('records an event and shows it in the case file', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-001');
    const res = await s.post(`/api/faelle/${id}/ereignisse`, {
      art: 'krise',
      datum: '2026-11-20',
      notiz: 'Anruf',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      art: 'krise',
      datum: '2026-11-20',
      erfasstVon: { id: s.benutzer.id, name: s.benutzer.name },
    });
    const akte = (await s.get(`/api/faelle/${id}`)).json();
    expect(akte.ereignisse.find((e: { id: string }) => e.id === res.json().id).erfasstVon).toEqual({
      id: s.benutzer.id,
      name: s.benutzer.name,
    });
    expect(
      (await s.post(`/api/faelle/${id}/ereignisse`, { art: 'party', datum: '2026-11-20' })).statusCode,
    ).toBe(422);
  });

  it('hides event notes from Verwaltung', async () => {
    const s = await t.als('verwaltung@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-001');
    const akte = (await s.get(`/api/faelle/${id}`)).json();
    expect(akte.ereignisse.length).toBeGreaterThan(0);
    for (const e of akte.ereignisse) expect(e.notiz).toBeNull();
  });

  it('writes an audit row for each special-category note read', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-001');
    const neu = await s.post(`/api/faelle/${id}/notizen`, {
      text: '§ 8a: Gefährdungseinschätzung',
      besondereKategorie: true,
    });
    expect(neu.statusCode).toBe(201);
    const vorher = await anzahl(audit);
    const notizen = (await s.get(`/api/faelle/${id}/notizen`)).json();
    const besondere = notizen.filter((n: { besondereKategorie: boolean }) => n.besondereKategorie);
    expect(besondere.length).toBe(2);
    expect(await anzahl(audit)).toBe(vorher + 2);
    const leitung = await t.als('leitung@kiju.demo');
    const protokoll = (
      await leitung.get(`/api/audit?aktion=lesen&ressource=notiz&benutzer=${s.benutzer.id}`)
    ).json();
    expect(protokoll).toHaveLength(2);
    expect(protokoll[0]).toMatchObject({
      aktion: 'lesen',
      ressource: 'notiz',
      benutzer: { id: s.benutzer.id },
    });
    expect(JSON.stringify(protokoll)).not.toMatch(/Gefährdung|Asthma/);
  });

  it('shows semiprofessional staff ordinary notes only, without audit rows', async () => {
    const s = await t.als('semiprofessionell@kiju.demo');
    const id = await fallId(t, 'KIJU-2026-001');
    const vorher = await anzahl(audit);
    const notizen = (await s.get(`/api/faelle/${id}/notizen`)).json();
    expect(notizen.length).toBeGreaterThan(0);
    expect(notizen.every((n: { besondereKategorie: boolean }) => !n.besondereKategorie)).toBe(true);
    expect(await anzahl(audit)).toBe(vorher);
    expect(
      (await s.post(`/api/faelle/${id}/notizen`, { text: 'x', besondereKategorie: true })).statusCode,
    ).toBe(403);
  });

  it('lets Leitung add and remove team members, which changes what a Fachkraft sees', async () => {
    const leitung = await t.als('leitung@kiju.demo');
    const fk = await t.als('fachkraft@kiju.demo');
    const id = await fallId(t, 'KIJU-2025-014');
    expect((await fk.get(`/api/faelle/${id}`)).statusCode).toBe(404);
    const add = await leitung.post(`/api/faelle/${id}/team/${fk.benutzer.id}`);
    expect(add.statusCode).toBe(201);
    expect(add.json().map((m: { benutzerId: string }) => m.benutzerId)).toContain(fk.benutzer.id);
    expect((await fk.get(`/api/faelle/${id}`)).statusCode).toBe(200);
    expect((await leitung.del(`/api/faelle/${id}/team/${fk.benutzer.id}`)).statusCode).toBe(204);
    expect((await fk.get(`/api/faelle/${id}`)).statusCode).toBe(404);
    const fremd = await t.als('fachkraft@traeger-bremerhaven.demo');
    const res = await leitung.post(`/api/faelle/${id}/team/${fremd.benutzer.id}`);
    expect(res.statusCode).toBe(422);
  });

  it('lists staff and the audit log for Leitung only', async () => {
    const leitung = await t.als('leitung@kiju.demo');
    const staff = (await leitung.get('/api/benutzer')).json();
    expect(staff.every((b: { email: string }) => b.email.endsWith('@kiju.demo'))).toBe(true);
    expect(JSON.stringify(staff)).not.toMatch(/argon2/);
    const log = await leitung.get('/api/audit?ressource=fall');
    expect(log.statusCode).toBe(200);
    const [{ n }] = await t.db.withSystemTx((tx) =>
      tx
        .select({ n: count() })
        .from(audit)
        .where(and(eq(audit.organisationId, leitung.organisation.id), eq(audit.ressource, 'fall'))),
    );
    expect(Number(n)).toBeGreaterThan(0);
    expect(Number(log.headers['x-gesamtzahl'])).toBe(Number(n));
    expect(log.json().every((z: { ressource: string }) => z.ressource === 'fall')).toBe(true);
    expect((await leitung.get('/api/katalog')).json().map((k: { id: string }) => k.id)).toEqual([
      'lt11-nachbetreuung',
      'kiju-nachbetreuung',
      'bremerhaven-ambulant',
      'berlin-d8',
    ]);
  });

  it('sends catalogue variants with their titles', async () => {
    const s = await t.als('fachkraft@kiju.demo');
    const katalog = (await s.get('/api/katalog')).json();
    const kiju = katalog.find((k: { id: string }) => k.id === 'kiju-nachbetreuung');
    expect(kiju.varianten.map((v: { id: string }) => v.id)).toEqual([
      'eigene-wohnung',
      'rueckfuehrung',
      'junge-muetter',
    ]);
    expect(kiju.varianten[0].titel).toBe('Nachbetreuung von Jugendlichen in einer eigenen Wohnung');
    expect(katalog.find((k: { id: string }) => k.id === 'lt11-nachbetreuung').varianten).toEqual([]);
    expect(kiju.rechtsgrundlage).toContain('§ 41 SGB VIII');
  });
});
