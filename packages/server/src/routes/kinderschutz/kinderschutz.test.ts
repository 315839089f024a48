import {
  audit,
  fall,
  hilfe,
  kinderschutzschritt,
  kinderschutzVignette,
  kinderschutzverfahren,
  person,
} from '@hilfewerk/db';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../dokumente/test-hilfen/pdf-text.ts';
import { fallId, type TestApp, type TestSitzung, testApp } from '../../test/test-app.ts';
import { heute } from '../../use-cases/fristen/intern/heute.ts';

/**
 * The § 8a procedure through the API: order of steps, dates, content, who may and who may not, the
 * pseudonymised vignette for the iefk (no identifying field of any person of the case, not even in
 * free text the team typed), the notification PDF and the audit trail.
 */
let t: TestApp;
let fachkraft: TestSitzung;
let leitung: TestSitzung;
let iefk: TestSitzung;
let fid: string;
let personen: { vorname: string; nachname: string; geburtsdatum: string | null }[];
let kennungen: string[];
let vid: string;

// The tests' business day (vitest.config.ts pins it), the day a step may be dated at the latest.
const HEUTE = heute();

beforeAll(async () => {
  t = await testApp();
  fachkraft = await t.als('fachkraft@kiju.demo');
  leitung = await t.als('leitung@kiju.demo');
  iefk = await t.als('iefk@kiju.demo');
  fid = await fallId(t, 'KIJU-2026-001');
  await t.db.withSystemTx(async (tx) => {
    personen = await tx.select().from(person).where(eq(person.fallId, fid));
    const [f] = await tx.select().from(fall).where(eq(fall.id, fid));
    const h = await tx.select().from(hilfe).where(eq(hilfe.fallId, fid));
    kennungen = [
      f.aktenzeichen,
      ...h.flatMap((x) => [x.aktenzeichenJugendamt ?? '', x.bewilligung ?? '']),
    ].filter((x) => x.length > 3);
  });
  expect(personen.length).toBeGreaterThan(0);
});
afterAll(() => t.close());

/** Free text as a team writes it: names of every person of the case, birth dates, the file number. */
function freitext(): string {
  return personen
    .map(
      (p) =>
        `${p.vorname} ${p.nachname} (${p.vorname}s Akte ${kennungen[0]})${p.geburtsdatum ? `, geb. ${p.geburtsdatum.split('-').reverse().join('.')}` : ''}; ${p.nachname.toUpperCase()} sagte`,
    )
    .join(' ');
}

async function schritte(id: string) {
  return t.db.withSystemTx(async (tx) =>
    Number(
      (
        await tx
          .select({ n: count() })
          .from(kinderschutzschritt)
          .where(eq(kinderschutzschritt.verfahrenId, id))
      )[0].n,
    ),
  );
}

const EINSCHAETZUNG = {
  beteiligte: ['Fachkraft Eins', 'Leitung Zwei'],
  einschaetzung: 'gefaehrdung',
  begruendung: '',
};

describe('§ 8a: Verfahren', () => {
  it('eine Fachkraft des Teams beginnt ein Verfahren mit den gewichtigen Anhaltspunkten', async () => {
    const res = await fachkraft.post('/api/kinderschutz', {
      fallId: fid,
      anhaltspunkte: `Blaue Flecken am Arm. ${freitext()}`,
      datum: HEUTE,
    });
    expect(res.statusCode, res.body).toBe(201);
    vid = res.json().id;
    const v = (await fachkraft.get(`/api/kinderschutz/${vid}`)).json();
    expect(v).toMatchObject({ aktenzeichen: 'KIJU-2026-001', naechsterSchritt: 'gefaehrdungseinschaetzung' });
  });

  it('Schritte außer der Reihe → 409 mit dem fehlenden Schritt, nichts geschrieben', async () => {
    for (const [art, fehlt] of [
      ['abschluss', 'Gefährdungseinschätzung'],
      ['iefk-beratung', 'Gefährdungseinschätzung'],
      ['einbeziehung', 'Beratung durch die insoweit erfahrene Fachkraft'],
    ] as const) {
      const res = await fachkraft.post(`/api/kinderschutz/${vid}/schritte`, {
        art,
        datum: HEUTE,
        inhalt: {},
      });
      expect(res.statusCode, art).toBe(art === 'einbeziehung' ? 409 : 409);
      expect(res.json().fehler).toContain(fehlt);
    }
    expect(await schritte(vid)).toBe(0);
  });

  it('unvollständiger Inhalt → 422 je Feld; Datum in der Zukunft oder vor Beginn → 422; nichts geschrieben', async () => {
    const leer = await fachkraft.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'gefaehrdungseinschaetzung',
      datum: HEUTE,
      inhalt: { ...EINSCHAETZUNG, beteiligte: ['Nur Eine'] },
    });
    expect(leer.statusCode).toBe(422);
    expect(leer.json().felder['inhalt.beteiligte']).toContain('mehrerer Fachkräfte');
    expect(leer.json().felder['inhalt.begruendung']).toContain('Begründung');
    const zukunft = await fachkraft.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'gefaehrdungseinschaetzung',
      datum: '2099-01-01',
      inhalt: { ...EINSCHAETZUNG, begruendung: 'x' },
    });
    expect(zukunft.statusCode).toBe(422);
    expect(zukunft.json().felder.datum).toContain('nicht in der Zukunft');
    const vorher = await fachkraft.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'gefaehrdungseinschaetzung',
      datum: '2020-01-01',
      inhalt: { ...EINSCHAETZUNG, begruendung: 'x' },
    });
    expect(vorher.statusCode).toBe(422);
    expect(vorher.json().felder.datum).toContain('vor Beginn');
    expect(await schritte(vid)).toBe(0);
  });

  it('Einschätzung, dann berät die iefk auf der Vignette — ohne den Fall je zu sehen', async () => {
    const e = await fachkraft.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'gefaehrdungseinschaetzung',
      datum: HEUTE,
      inhalt: { ...EINSCHAETZUNG, begruendung: `Gespräch mit ${freitext()}` },
    });
    expect(e.statusCode).toBe(201);

    expect((await iefk.get(`/api/faelle/${fid}`)).statusCode).toBe(404);
    expect((await iefk.get(`/api/kinderschutz/${vid}`)).statusCode).toBe(403);
    const liste = (await iefk.get('/api/kinderschutz/vignetten')).json() as { id: string }[];
    expect(liste.find((x) => x.id === vid)).toMatchObject({ wartetAufBeratung: true });

    const vig = await iefk.get(`/api/kinderschutz/${vid}/vignette`);
    expect(vig.statusCode).toBe(200);
    const text = vig.body;
    for (const p of personen) {
      for (const teil of `${p.vorname} ${p.nachname}`.split(/[\s-]+/).filter((x) => x.length > 1)) {
        expect(text.toLowerCase(), `Name „${teil}“ in der Vignette`).not.toMatch(
          new RegExp(`(?<![\\p{L}])${teil.toLowerCase()}(?![\\p{L}])`, 'u'),
        );
      }
      if (p.geburtsdatum) {
        expect(text).not.toContain(p.geburtsdatum);
        expect(text).not.toContain(p.geburtsdatum.split('-').reverse().join('.'));
      }
    }
    for (const k of kennungen) expect(text).not.toContain(k);
    expect(vig.json().pseudonyme[0]).toHaveProperty('bezeichnung');
    expect(vig.json().anhaltspunkte).toContain('Blaue Flecken');

    const beratung = await iefk.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'iefk-beratung',
      datum: HEUTE,
      inhalt: { empfehlung: 'Gespräch mit Elternteil A, Kinderarzt einbeziehen.' },
    });
    expect(beratung.statusCode).toBe(201);
    // The team sees the advice, recorded under the iefk's name.
    const v = (await fachkraft.get(`/api/kinderschutz/${vid}`)).json();
    expect(v.schritte.map((s: { art: string }) => s.art)).toEqual([
      'gefaehrdungseinschaetzung',
      'iefk-beratung',
    ]);
    expect(v.naechsterSchritt).toBe('einbeziehung');
    // Only advice: any other step by the iefk is refused.
    const anderes = await iefk.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'abschluss',
      datum: HEUTE,
      inhalt: {},
    });
    expect(anderes.statusCode).toBe(422);
  });

  it('Einbeziehung ohne Grund für das Unterbleiben → 422; mit Grund 201; Schutzplan mit Überprüfung', async () => {
    const ohne = await fachkraft.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'einbeziehung',
      datum: HEUTE,
      inhalt: { sorgeberechtigte: false, kind: true, ergebnis: 'Gespräch mit dem Kind' },
    });
    expect(ohne.statusCode).toBe(422);
    expect(ohne.json().felder['inhalt.unterbliebenGrund']).toContain('§ 8a Abs. 4');
    const mit = await fachkraft.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'einbeziehung',
      datum: HEUTE,
      inhalt: {
        sorgeberechtigte: false,
        kind: true,
        ergebnis: 'Gespräch mit dem Kind',
        unterbliebenGrund: 'Verdacht richtet sich gegen den Vater',
      },
    });
    expect(mit.statusCode).toBe(201);
    const plan = await fachkraft.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'schutzplan',
      datum: HEUTE,
      inhalt: {
        vereinbarungen: [{ was: 'Kinderarzttermin', wer: 'Mutter', bis: '2099-01-10' }],
        ueberpruefungAm: '2099-01-15',
      },
    });
    expect(plan.statusCode).toBe(201);
    const liste = (await leitung.get('/api/kinderschutz')).json();
    expect(liste.find((x: { id: string }) => x.id === vid)).toMatchObject({
      ueberpruefungAm: '2099-01-10',
      naechsterSchrittTitel: 'Abschluss',
    });
  });

  it('Mitteilung an das Jugendamt: unvollständig → 422 je Feld; vollständig → 201 und PDF', async () => {
    const leer = await fachkraft.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'mitteilung-jugendamt',
      datum: HEUTE,
      inhalt: { gefaehrdung: 'x' },
    });
    expect(leer.statusCode).toBe(422);
    expect(Object.keys(leer.json().felder).sort()).toEqual([
      'inhalt.ansprechperson',
      'inhalt.begruendung',
      'inhalt.bisherigeMassnahmen',
      'inhalt.sorgeberechtigteInformiert',
    ]);
    const ok = await fachkraft.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'mitteilung-jugendamt',
      datum: HEUTE,
      inhalt: {
        gefaehrdung: 'Körperliche Misshandlung wahrscheinlich',
        bisherigeMassnahmen: 'Schutzplan, Kinderarzt',
        begruendung: 'Vater verweigert Mitwirkung',
        sorgeberechtigteInformiert: false,
        ansprechperson: 'Frieda Fachkraft, 0202 123456',
      },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().zustellung.jugendamt.name).toContain('Wuppertal');
    const pdf = await fachkraft.get(`/api/kinderschutz/${vid}/mitteilung/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Mitteilung an das Jugendamt nach § 8a Abs. 4 SGB VIII');
    const jung = personen[0];
    expect(text).toContain(`${jung.vorname} ${jung.nachname}`);
    expect(ok.json().zustellung.imPosteingang).toBe(true);
    // The granting Jugendamt's ASD finds it in its Posteingang and opens the letter.
    const asd = await t.als('asd@jugendamt-wuppertal.demo');
    const eingang = (await asd.get('/api/posteingang')).json() as { id: string; art: string; pdf: string }[];
    const notiz = eingang.find((n) => n.art === 'kinderschutz');
    expect(notiz?.pdf).toBe(`/api/posteingang/${notiz?.id}/pdf`);
    const brief = await asd.get(notiz?.pdf ?? '');
    expect(brief.statusCode).toBe(200);
    expect(pdfText(brief.rawPayload)).toContain(`${jung.vorname} ${jung.nachname}`);
    // Another Jugendamt does not see it.
    const fremd = await t.als('asd@jugendamt-bremerhaven.demo');
    expect((await fremd.get(notiz?.pdf ?? '')).statusCode).toBe(404);
    // The ASD answers; the case team sees read receipt and answer in the procedure.
    const ohneText = await asd.post(`/api/posteingang/${notiz?.id}/antwort`, { text: ' ' });
    expect(ohneText.statusCode).toBe(422);
    const antwort = await asd.post(`/api/posteingang/${notiz?.id}/antwort`, {
      text: 'Hausbesuch morgen, 9 Uhr.',
    });
    expect(antwort.statusCode, antwort.body).toBe(200);
    expect(antwort.json()).toMatchObject({ antwort: 'Hausbesuch morgen, 9 Uhr.' });
    expect((await asd.post(`/api/posteingang/${notiz?.id}/antwort`, { text: 'Nochmal' })).statusCode).toBe(
      409,
    );
    expect((await fremd.post(`/api/posteingang/${notiz?.id}/antwort`, { text: 'x' })).statusCode).toBe(404);
    const v = (await fachkraft.get(`/api/kinderschutz/${vid}`)).json();
    expect(v.mitteilungen).toHaveLength(1);
    expect(v.mitteilungen[0]).toMatchObject({ antwort: 'Hausbesuch morgen, 9 Uhr.' });
    expect(v.mitteilungen[0].gelesenAm).not.toBeNull();
  });

  it('Abschluss, danach kein Schritt mehr (409)', async () => {
    const ende = await fachkraft.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'abschluss',
      datum: HEUTE,
      inhalt: { ergebnis: 'an-jugendamt-uebergeben', begruendung: 'Jugendamt hat übernommen' },
    });
    expect(ende.statusCode).toBe(201);
    const danach = await fachkraft.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'gefaehrdungseinschaetzung',
      datum: HEUTE,
      inhalt: { ...EINSCHAETZUNG, begruendung: 'x' },
    });
    expect(danach.statusCode).toBe(409);
    expect(danach.json().fehler).toContain('abgeschlossen');
    const beratung = await iefk.post(`/api/kinderschutz/${vid}/schritte`, {
      art: 'iefk-beratung',
      datum: HEUTE,
      inhalt: { empfehlung: 'x' },
    });
    expect(beratung.statusCode).toBe(409);
  });

  it('jeder Schritt, jedes Lesen und der Beginn stehen im Protokoll, mit Prüfsumme statt Inhalt', async () => {
    const zeilen = await t.db.withSystemTx((tx) =>
      tx
        .select()
        .from(audit)
        .where(and(eq(audit.organisationId, fachkraft.organisation.id))),
    );
    const eigene = zeilen.filter(
      (z) => z.ressourceId === vid || (z.details as { verfahrenId?: string })?.verfahrenId === vid,
    );
    const arten = eigene
      .filter((z) => z.ressource === 'kinderschutzschritt')
      .map((z) => (z.details as { art: string }).art);
    expect(arten.sort()).toEqual(
      [
        'abschluss',
        'einbeziehung',
        'gefaehrdungseinschaetzung',
        'iefk-beratung',
        'mitteilung-jugendamt',
        'schutzplan',
      ].sort(),
    );
    expect(eigene.some((z) => z.ressource === 'kinderschutzverfahren' && z.aktion === 'anlegen')).toBe(true);
    expect(eigene.some((z) => z.ressource === 'kinderschutzVignette' && z.aktion === 'lesen')).toBe(true);
    expect(eigene.some((z) => z.ressource === 'kinderschutzverfahren' && z.aktion === 'lesen')).toBe(true);
    for (const z of eigene.filter((x) => x.ressource === 'kinderschutzschritt')) {
      expect((z.details as { inhaltHash: string }).inhaltHash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(JSON.stringify(eigene)).not.toContain(personen[0].nachname);
  });

  it('auch die Übersicht der Verfahren steht im Protokoll: schon dass es ein Verfahren gibt, ist § 8a', async () => {
    const lesen = () =>
      t.db.withSystemTx(async (tx) =>
        tx
          .select()
          .from(audit)
          .where(
            and(
              eq(audit.benutzerId, leitung.benutzer.id),
              eq(audit.ressource, 'kinderschutzverfahren'),
              eq(audit.aktion, 'lesen'),
            ),
          ),
      );
    const vorher = (await lesen()).length;
    const res = await leitung.get('/api/kinderschutz');
    expect(res.statusCode).toBe(200);
    const nachher = await lesen();
    expect(nachher).toHaveLength(vorher + 1);
    expect(JSON.stringify(nachher)).not.toContain(personen[0].nachname);
  });
});

describe('§ 8a: wer darf und wer nicht', () => {
  it('Semiprofessionelle, Verwaltung, Administration und Jugendamt: 403; fremde Organisation: 404', async () => {
    for (const email of [
      'semiprofessionell@kiju.demo',
      'verwaltung@kiju.demo',
      'admin@kiju.demo',
      'asd@jugendamt-wuppertal.demo',
    ]) {
      const s = await t.als(email);
      expect((await s.get(`/api/kinderschutz/${vid}`)).statusCode, email).toBe(403);
      expect((await s.get('/api/kinderschutz')).statusCode, email).toBe(403);
      expect((await s.post('/api/kinderschutz', { fallId: fid, anhaltspunkte: 'x' })).statusCode, email).toBe(
        403,
      );
      expect((await s.get(`/api/kinderschutz/${vid}/vignette`)).statusCode, email).toBe(403);
    }
    const fremd = await t.als('leitung@traeger-bremerhaven.demo');
    expect((await fremd.get(`/api/kinderschutz/${vid}`)).statusCode).toBe(404);
    expect(
      (await fremd.post(`/api/kinderschutz/${vid}/schritte`, { art: 'abschluss', datum: HEUTE, inhalt: {} }))
        .statusCode,
    ).toBe(404);
    expect((await fremd.post('/api/kinderschutz', { fallId: fid, anhaltspunkte: 'x' })).statusCode).toBe(404);
    expect((await fremd.get('/api/kinderschutz')).json()).toEqual([]);
  });

  it('die Datenbank gibt der iefk kein Verfahren, keinen Schritt, keine Person — nur Vignetten', async () => {
    const k = {
      organisationId: iefk.organisation.id,
      benutzerId: iefk.benutzer.id,
      rolle: 'iefk',
      organisationArt: 'traeger' as const,
    };
    await t.db.withTx(k, async (tx) => {
      expect(await tx.select().from(kinderschutzverfahren)).toEqual([]);
      expect(await tx.select().from(kinderschutzschritt)).toEqual([]);
      expect(await tx.select().from(person)).toEqual([]);
      expect(await tx.select().from(fall)).toEqual([]);
      expect((await tx.select().from(kinderschutzVignette)).length).toBeGreaterThan(0);
    });
  });

  it('ein Fall außerhalb des eigenen Teams: 404 für die Fachkraft', async () => {
    const fremderFall = await fallId(t, 'KIJU-2025-014');
    const res = await fachkraft.post('/api/kinderschutz', { fallId: fremderFall, anhaltspunkte: 'x' });
    expect([403, 404]).toContain(res.statusCode);
    expect(res.statusCode).toBe(404);
  });
});
