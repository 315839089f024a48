import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alterInJahren, type PseudoPerson, pseudonymisierer } from './pseudonym.ts';

const personen: PseudoPerson[] = [
  { id: '1', rolle: 'junger_mensch', vorname: 'Lena-Marie', nachname: 'Müller', geburtsdatum: '2010-04-03' },
  { id: '2', rolle: 'sorgeberechtigt', vorname: 'Sabine', nachname: 'Müller', geburtsdatum: '1985-11-20' },
  { id: '3', rolle: 'sorgeberechtigt', vorname: 'Jürgen', nachname: 'Klein', geburtsdatum: null },
];

describe('Pseudonymisierung für die Beratung nach § 8a', () => {
  const p = pseudonymisierer(personen, ['KIJU-2026-001', 'KZ-WUP-2026-0142']);

  it('ersetzt Namen in allen Formen durch feste Bezeichnungen', () => {
    expect(p('Lena-Marie Müller kam weinend; Lenas Mutter Sabine war nicht erreichbar.')).toBe(
      'Junger Mensch A kam weinend; Junger Mensch A Mutter Elternteil A war nicht erreichbar.',
    );
    expect(p('Herr Klein (Jürgen) sagt, Müller, Sabine habe …')).toBe(
      'Herr Elternteil B (Elternteil B) sagt, Elternteil A habe …',
    );
  });

  it('ersetzt Geburtsdaten in jeder Schreibweise, Aktenzeichen, Kontakt und Anschrift', () => {
    const text =
      'Geb. 03.04.2010 bzw. 3.4.10, Akte KIJU-2026-001 (KZ-WUP-2026-0142); Tel. 0202 1234567, mail sabine@example.org, wohnt Hafenstraße 5, 27568 Bremerhaven';
    const aus = p(text);
    for (const verboten of [
      '03.04.2010',
      '3.4.10',
      'KIJU-2026-001',
      'KZ-WUP',
      '1234567',
      'sabine@',
      'Hafenstraße',
      '27568',
      'Bremerhaven',
    ]) {
      expect(aus).not.toContain(verboten);
    }
    expect(aus).toContain('[Geburtsdatum]');
    expect(aus).toContain('[Aktenzeichen]');
  });

  it('ersetzt Namen weiterer Personen nach Herr/Frau', () => {
    expect(p('Frau Schmidt von der Schule und Herrn Özdemir angerufen; Herr Klein kam.')).toBe(
      'Frau [Name] von der Schule und Herrn [Name] angerufen; Herr Elternteil B kam.',
    );
  });

  it('lässt Wörter stehen, die nur einen Namen enthalten', () => {
    expect(p('Die Kleinigkeit am Müllereck')).toBe('Die Kleinigkeit am Müllereck');
  });

  it('Alter in vollen Jahren', () => {
    expect(alterInJahren('2010-04-03', '2026-04-02')).toBe(15);
    expect(alterInJahren('2010-04-03', '2026-04-03')).toBe(16);
  });

  // Generated case data and free text in which the names appear in random forms: no name part, birth
  // date or Aktenzeichen survives, whatever the team typed.
  // Words of the labels and placeholders are no names here (a person called "Kind" would read as a label).
  const reserviert =
    /^(junger|mensch|kind|elternteil|betreuungsperson|geschwister|person|aktenzeichen|geburtsdatum|telefon|anschrift|plz|ort|mail)$/i;
  const namensteil = fc.stringMatching(/^[A-ZÄÖÜ][a-zäöüß]{2,9}$/).filter((n) => !reserviert.test(n));
  const person = fc.record({
    rolle: fc.constantFrom('junger_mensch', 'kind', 'sorgeberechtigt', 'betreuungsperson', 'geschwister'),
    vorname: fc.oneof(
      namensteil,
      fc.tuple(namensteil, namensteil).map(([a, b]) => `${a}-${b}`),
    ),
    nachname: namensteil,
    geburtsdatum: fc.option(
      fc
        .date({ min: new Date('1950-01-01'), max: new Date('2025-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    ),
  });
  const fuellwort = fc.constantFrom(
    'Heute',
    'kam',
    'berichtete',
    'dass',
    'die',
    'Mutter',
    'nicht',
    'erreichbar',
    'war',
    '.',
    ',',
    'und',
  );

  it('Eigenschaft: nichts Identifizierendes bleibt im Freitext', () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 5 }),
        fc.stringMatching(/^[A-Z]{2,5}-20\d\d-\d{3}$/),
        fc.array(fc.tuple(fuellwort, fc.nat(), fc.nat(6)), { minLength: 3, maxLength: 30 }),
        (ps, az, worte) => {
          const mitId = ps.map((x, i) => ({ ...x, id: String(i) }));
          const formen = (x: (typeof mitId)[number], wahl: number): string => {
            const d = x.geburtsdatum;
            const [j, m, t] = (d ?? '2000-01-01').split('-');
            const alle = [
              `${x.vorname} ${x.nachname}`,
              `${x.nachname}, ${x.vorname}`,
              `${x.vorname}s`,
              x.nachname.toUpperCase(),
              x.vorname.toLowerCase(),
              d ? `${t}.${m}.${j}` : x.nachname,
              az,
            ];
            return alle[wahl % alle.length];
          };
          const text = worte
            .map(([w, wer, wahl]) => (wahl === 0 ? w : formen(mitId[wer % mitId.length], wahl)))
            .join(' ');
          const aus = pseudonymisierer(mitId, [az])(text);
          const klein = aus.toLowerCase();
          for (const x of mitId) {
            for (const teil of `${x.vorname} ${x.nachname}`.split(/[\s-]+/)) {
              const muster = new RegExp(`(?<![\\p{L}])${teil.toLowerCase()}(?![\\p{L}])`, 'u');
              if (muster.test(klein)) throw new Error(`„${teil}“ steht noch in: ${aus}`);
            }
            if (x.geburtsdatum) {
              const [j, m, t] = x.geburtsdatum.split('-');
              expect(aus).not.toContain(`${t}.${m}.${j}`);
            }
          }
          expect(aus).not.toContain(az);
        },
      ),
      { numRuns: 200 },
    );
  });
});
