import { describe, expect, it } from 'vitest';
import { naechsteUeberpruefung } from './ueberpruefung.ts';
import { moeglicheSchritte, naechsterSchritt, reihenfolgeFehler, type SchrittArt } from './verfahren.ts';

const v = (erledigt: SchrittArt[], abgeschlossen = false) => ({ erledigt, abgeschlossen });

describe('§ 8a: Reihenfolge der Schritte', () => {
  it.each<[string, SchrittArt[], SchrittArt, string | null]>([
    ['Einschätzung zuerst', [], 'gefaehrdungseinschaetzung', null],
    ['Beratung ohne Einschätzung', [], 'iefk-beratung', '„Gefährdungseinschätzung“'],
    ['Abschluss ohne Einschätzung', [], 'abschluss', '„Gefährdungseinschätzung“'],
    ['Beratung nach Einschätzung', ['gefaehrdungseinschaetzung'], 'iefk-beratung', null],
    [
      'Einbeziehung vor der Beratung',
      ['gefaehrdungseinschaetzung'],
      'einbeziehung',
      '„Beratung durch die insoweit erfahrene Fachkraft“',
    ],
    [
      'Schutzplan vor der Einbeziehung',
      ['gefaehrdungseinschaetzung', 'iefk-beratung'],
      'schutzplan',
      '„Einbeziehung der Sorgeberechtigten und des Kindes“',
    ],
    [
      'Mitteilung bei akuter Gefahr gleich nach der Einschätzung',
      ['gefaehrdungseinschaetzung'],
      'mitteilung-jugendamt',
      null,
    ],
    [
      'Abschluss nach Einschätzung ohne Beratung oder Mitteilung',
      ['gefaehrdungseinschaetzung'],
      'abschluss',
      '„Beratung durch die insoweit erfahrene Fachkraft“ oder „Mitteilung an das Jugendamt“',
    ],
    ['Abschluss nach Mitteilung', ['gefaehrdungseinschaetzung', 'mitteilung-jugendamt'], 'abschluss', null],
    ['Abschluss nach Beratung', ['gefaehrdungseinschaetzung', 'iefk-beratung'], 'abschluss', null],
    [
      'Zweite Einschätzung ist erlaubt',
      ['gefaehrdungseinschaetzung', 'iefk-beratung'],
      'gefaehrdungseinschaetzung',
      null,
    ],
  ])('%s', (_, erledigt, art, fehlt) => {
    const f = reihenfolgeFehler(v(erledigt), art);
    if (fehlt === null) expect(f).toBeNull();
    else expect(f).toContain(fehlt);
  });

  it('nach dem Abschluss geht nichts mehr', () => {
    const f = reihenfolgeFehler(
      v(['gefaehrdungseinschaetzung', 'iefk-beratung', 'abschluss'], true),
      'schutzplan',
    );
    expect(f).toContain('abgeschlossen');
    expect(moeglicheSchritte(v(['gefaehrdungseinschaetzung'], true))).toEqual([]);
    expect(naechsterSchritt(v(['gefaehrdungseinschaetzung'], true))).toBeNull();
  });

  it('der nächste erwartete Schritt folgt dem Gesetz', () => {
    expect(naechsterSchritt(v([]))).toBe('gefaehrdungseinschaetzung');
    expect(naechsterSchritt(v(['gefaehrdungseinschaetzung']))).toBe('iefk-beratung');
    expect(naechsterSchritt(v(['gefaehrdungseinschaetzung', 'iefk-beratung']))).toBe('einbeziehung');
    expect(naechsterSchritt(v(['gefaehrdungseinschaetzung', 'iefk-beratung', 'einbeziehung']))).toBe(
      'schutzplan',
    );
    expect(
      naechsterSchritt(v(['gefaehrdungseinschaetzung', 'iefk-beratung', 'einbeziehung', 'schutzplan'])),
    ).toBe('abschluss');
  });
});

describe('§ 8a: nächste Überprüfung des Schutzplans', () => {
  const plan = {
    art: 'schutzplan',
    inhalt: {
      ueberpruefungAm: '2026-12-15',
      vereinbarungen: [{ was: 'Arzt', wer: 'Mutter', bis: '2026-12-10' }],
    },
  };
  it('der früheste Termin des letzten Plans, solange das Verfahren offen ist', () => {
    expect(naechsteUeberpruefung([plan], null)).toBe('2026-12-10');
    expect(naechsteUeberpruefung([{ art: 'gefaehrdungseinschaetzung', inhalt: {} }], null)).toBeNull();
    expect(naechsteUeberpruefung([plan], '2026-12-01')).toBeNull();
  });
});
