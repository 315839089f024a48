import { describe, expect, it } from 'vitest';
import { EingabeFehler } from '../fehler.ts';
import { leiteFristenAb } from './berechnen.ts';
import { pruefeHilfeende } from './hilfedauer.ts';
import { leiteOrganisationsfristenAb } from './organisation.ts';
import { fristStatus } from './status.ts';

/** Application-level deadlines: app-only rules (`anwendungsregeln`), undated events, organisation deadlines. */

describe('leiteFristenAb', () => {
  it('D.8: Entscheidung über eine Anschlusshilfe zum Ende, rückwärts vor den Berliner 08.05.2025', () => {
    const { fristen } = leiteFristenAb({
      leistung: 'berlin-d8',
      variante: 'gruppe-regel',
      bundesland: 'BE',
      hilfebeginn: '2025-01-15',
      geplantesEnde: '2025-05-08',
    });
    expect(fristen).toEqual([
      expect.objectContaining({
        regel: 'entscheidung-anschlusshilfe',
        faellig: '2025-05-07',
        ausgeloestDurch: 'geplantesEnde',
        ereignisDatum: '2025-05-08',
        nurAnwendung: true,
      }),
    ]);
  });

  it('ein HPG ohne Datum ist "offen ohne Datum" und steht am Ende', () => {
    const { fristen } = leiteFristenAb({
      leistung: 'kiju-nachbetreuung',
      bundesland: 'NW',
      hilfebeginn: '2025-01-10',
      geplantesEnde: '2025-04-10',
      ereignisse: [{ art: 'hpg' }],
    });
    expect(fristen.map((f) => [f.regel, f.faellig, f.nurAnwendung])).toEqual([
      ['abschlussgespraech', '2025-04-10', false],
      ['bericht-vor-hpg', null, false],
    ]);
  });

  it('braucht bis oder ein geplantes Ende', () => {
    expect(() =>
      leiteFristenAb({ leistung: 'kiju-nachbetreuung', bundesland: 'NW', hilfebeginn: '2025-01-10' }),
    ).toThrow(EingabeFehler);
  });

  it('lehnt ein zu langes LT 11-Ende auch in der Anwendung ab', () => {
    expect(() =>
      leiteFristenAb({
        leistung: 'lt11-nachbetreuung',
        hilfebeginn: '2025-01-15',
        geplantesEnde: '2025-04-15',
      }),
    ).toThrow(/LT 11 Abschnitt 7/);
  });
});

describe('pruefeHilfeende', () => {
  it('LT 11 ohne Begründung: spätestens nach drei Monaten', () => {
    const p = pruefeHilfeende('lt11-nachbetreuung', '2025-01-15', '2025-04-15', null);
    expect(p).toMatchObject({
      zulaessig: false,
      spaetestesEnde: '2025-04-14',
      spaetestesEndeMitBegruendung: '2025-07-14',
    });
    expect(p.meldung).toContain('LT 11 Abschnitt 7');
    expect(p.meldung).toContain('14.04.2025');
  });

  it('LT 11 mit Begründung: bis sechs Monate, darüber nie', () => {
    expect(pruefeHilfeende('lt11-nachbetreuung', '2025-01-15', '2025-07-14', 'Ausnahme')).toMatchObject({
      zulaessig: true,
      spaetestesEnde: '2025-07-14',
      meldung: null,
    });
    const zuLang = pruefeHilfeende('lt11-nachbetreuung', '2025-01-15', '2025-07-15', 'Ausnahme');
    expect(zuLang.zulaessig).toBe(false);
    expect(zuLang.meldung).toContain('14.07.2025');
  });

  it('ohne Ende nennt es nur das späteste Ende; andere Leistungen haben keine Grenze', () => {
    expect(pruefeHilfeende('lt11-nachbetreuung', '2025-11-30', null, null)).toMatchObject({
      zulaessig: true,
      spaetestesEnde: '2026-02-28',
    });
    expect(pruefeHilfeende('berlin-d8', '2025-01-01', '2030-01-01', null)).toMatchObject({
      zulaessig: true,
      spaetestesEnde: null,
    });
  });

  it('falsche Eingaben sind Eingabefehler', () => {
    expect(() => pruefeHilfeende('lt12', '2025-01-01', null, null)).toThrow(EingabeFehler);
    expect(() => pruefeHilfeende('lt11-nachbetreuung', '2025-02-30', null, null)).toThrow(EingabeFehler);
    expect(() => pruefeHilfeende('lt11-nachbetreuung', '2025-02-10', '2025-02-09', null)).toThrow(
      /vor dem Hilfebeginn/,
    );
  });
});

describe('fristStatus', () => {
  const heute = '2025-06-10';
  it.each([
    [{ faellig: '2025-06-10' }, 'offen'],
    [{ faellig: '2025-06-09' }, 'ueberfaellig'],
    [{ faellig: '2025-06-09', hinweis: 'kurzfristig' as const }, 'offen'],
    [{ faellig: '2025-06-09', erledigtAm: '2025-06-10' }, 'erledigt'],
    [{ faellig: '2025-06-09', erledigtAm: '2025-06-01', entfallen: true }, 'entfallen'],
    [{ faellig: null }, 'offen'],
  ])('%j → %s', (frist, status) => {
    expect(fristStatus({ ...frist, heute })).toBe(status);
  });
});

describe('leiteOrganisationsfristenAb', () => {
  it('Bremerhaven: erster Trägerbericht 31.03.2026, dann jeden 31.03. (2029 über Ostern verschoben)', () => {
    const { fristen } = leiteOrganisationsfristenAb({
      leistung: 'bremerhaven-ambulant',
      bundesland: 'HB',
      bis: '2029-12-31',
    });
    // Sa 31.03.2029 → So 01.04. Ostersonntag → Mo 02.04. Ostermontag → Di 03.04.
    expect(fristen.map((f) => f.faellig)).toEqual(['2026-03-31', '2027-03-31', '2028-03-31', '2029-04-03']);
    expect(fristen[0]).toMatchObject({ regel: 'traegerbericht-jahr', ausgeloestDurch: 'stichtag' });
  });

  it('LT 11: Qualitätsentwicklungsbericht spätestens 2 Jahre nach dem letzten', () => {
    const mit = leiteOrganisationsfristenAb({
      leistung: 'lt11-nachbetreuung',
      letzterBericht: '2023-10-03',
      bis: '2030-01-01',
    });
    // 03.10.2025 Tag der Deutschen Einheit (Fr) → Mo 06.10.2025
    expect(mit.fristen).toEqual([
      expect.objectContaining({
        regel: 'qualitaetsentwicklungsbericht',
        faellig: '2025-10-06',
        ereignisDatum: '2023-10-03',
      }),
    ]);
    const ohne = leiteOrganisationsfristenAb({ leistung: 'lt11-nachbetreuung', bis: '2030-01-01' });
    expect(ohne.fristen.map((f) => f.faellig)).toEqual([null]);
  });

  it('KIJU: Konferenz je Quartal, Controlling der Strukturqualität jedes Jahr zum 31.12. (rückwärts)', () => {
    const { fristen } = leiteOrganisationsfristenAb({ leistung: 'kiju-nachbetreuung', bis: '2027-12-31' });
    const von = (regel: string) => fristen.filter((f) => f.regel === regel).map((f) => f.faellig);
    // 30.09.2026 Mi, 31.12.2026 Do, 31.03.2027 Mi, 30.06.2027 Mi, 30.09.2027 Do, 31.12.2027 Fr
    expect(von('paedagogische-konferenz')).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
      '2027-03-31',
      '2027-06-30',
      '2027-09-30',
      '2027-12-31',
    ]);
    expect(von('strukturqualitaet-controlling')).toEqual(['2026-12-31', '2027-12-31']);
    // Monthly: 24 plans from 31.12.2025 on; Sa 31.07.2027 → Fr 30.07.2027.
    expect(von('bereitschaftsplan-feuerwehr')).toHaveLength(25);
    expect(von('bereitschaftsplan-feuerwehr')).toContain('2027-07-30');
  });

  it('D.8 hat keine; falsche Eingaben sind Eingabefehler', () => {
    expect(leiteOrganisationsfristenAb({ leistung: 'berlin-d8', bis: '2030-01-01' }).fristen).toEqual([]);
    expect(() =>
      leiteOrganisationsfristenAb({ leistung: 'kiju-nachbetreuung', bundesland: 'XX', bis: '2030-01-01' }),
    ).toThrow(EingabeFehler);
  });
});
