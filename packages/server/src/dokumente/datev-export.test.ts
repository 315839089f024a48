import { describe, expect, it } from 'vitest';
import { type DatevEinstellungen, erzeugeDatevBuchungsstapel } from './datev-export.ts';
import { BUCHUNGSSTAPEL_SPALTEN } from './datev-spalten.ts';
import { beispielGutschrift, beispielRechnung } from './test-hilfen/beispiele.ts';
import { WINDOWS_1252_ZUSATZ } from './windows-1252.ts';

/** Node's TextDecoder reads "windows-1252" as Latin-1 without full ICU, so decode by the table. */
const zurueck = new Map(
  Object.entries(WINDOWS_1252_ZUSATZ).map(([zeichen, byte]) => [byte, Number(zeichen)]),
);
function ausWindows1252(datei: Buffer): string {
  return String.fromCodePoint(...Array.from(datei, (b) => zurueck.get(b) ?? b));
}

const einstellungen: DatevEinstellungen = {
  beraterNr: 29098,
  mandantNr: 55003,
  wjBeginn: '2025-01-01',
  sachkontenlaenge: 4,
  erloesKonto: '8100',
  debitorKonto: () => '10010',
  erzeugtAm: new Date(Date.UTC(2025, 1, 28, 14, 4, 40, 439)),
};

function zeilen(datei: Buffer): string[][] {
  const text = ausWindows1252(datei);
  expect(text.endsWith('\r\n')).toBe(true);
  return text
    .slice(0, -2)
    .split('\r\n')
    .map((z) => z.split(';'));
}

describe('erzeugeDatevBuchungsstapel', () => {
  it('schreibt die EXTF-Kopfzeile mit Berater, Mandant, Wirtschaftsjahr und Zeitraum', () => {
    const [kopf, spalten] = zeilen(
      erzeugeDatevBuchungsstapel([beispielRechnung, beispielGutschrift], einstellungen),
    );
    expect(kopf).toHaveLength(31);
    expect(kopf.slice(0, 6)).toEqual(['"EXTF"', '700', '21', '"Buchungsstapel"', '13', '20250228140440439']);
    expect(kopf[10]).toBe('29098');
    expect(kopf[11]).toBe('55003');
    expect(kopf[12]).toBe('20250101');
    expect(kopf[13]).toBe('4');
    expect(kopf[14]).toBe('20250203');
    expect(kopf[15]).toBe('20250220');
    expect(kopf[16]).toBe('"Rechnungen 03.02.–20.02.2025"');
    expect(kopf[18]).toBe('1');
    expect(kopf[21]).toBe('"EUR"');
    expect(kopf[26]).toBe('"03"');
    expect(spalten).toEqual([...BUCHUNGSSTAPEL_SPALTEN]);
    expect(spalten).toHaveLength(125);
  });

  it('bucht eine Rechnung Debitor an Erlös und eine Gutschrift umgekehrt', () => {
    const [, , rechnung, gutschrift] = zeilen(
      erzeugeDatevBuchungsstapel([beispielRechnung, beispielGutschrift], einstellungen),
    );
    expect(rechnung).toHaveLength(125);
    expect(rechnung.slice(0, 14)).toEqual([
      '2274,75',
      '"S"',
      '"EUR"',
      '',
      '',
      '',
      '10010',
      '8100',
      '""',
      '0302',
      '"RE-2025-0042"',
      '""',
      '',
      '"Rechnung RE-2025-0042 Stadt Wuppertal – Jugendamt"',
    ]);
    expect(rechnung[BUCHUNGSSTAPEL_SPALTEN.indexOf('Leistungsdatum')]).toBe('31012025');
    expect(gutschrift.slice(0, 2)).toEqual(['134,80', '"H"']);
    // OPOS: the credit note is booked on the invoice's number; its own number is kept whole beside it.
    expect(gutschrift[BUCHUNGSSTAPEL_SPALTEN.indexOf('Belegfeld 1')]).toBe('"RE-2025-0042"');
    expect(gutschrift[BUCHUNGSSTAPEL_SPALTEN.indexOf('Belegfeld 2')]).toBe('""');
    expect(gutschrift[BUCHUNGSSTAPEL_SPALTEN.indexOf('Buchungstext')]).toBe(
      '"Gutschrift RE-2025-0057 zu RE-2025-0042"',
    );
    expect(gutschrift[BUCHUNGSSTAPEL_SPALTEN.indexOf('Zusatzinformation - Art 1')]).toBe(
      '"Gutschriftnummer"',
    );
    expect(gutschrift[BUCHUNGSSTAPEL_SPALTEN.indexOf('Zusatzinformation- Inhalt 1')]).toBe('"RE-2025-0057"');
  });

  it('behält lange Rechnungsnummern einer Gutschrift ganz (RE-2026-00001: 13 Zeichen)', () => {
    const re = { ...beispielRechnung, nummer: 'RE-2026-00001', datum: '2025-03-02' };
    const gs = {
      ...beispielGutschrift,
      nummer: 'RE-2026-00014',
      bezugNummer: 'RE-2026-00001',
      datum: '2025-03-20',
    };
    const [, , , gutschrift] = zeilen(erzeugeDatevBuchungsstapel([re, gs], einstellungen));
    expect(gutschrift[BUCHUNGSSTAPEL_SPALTEN.indexOf('Belegfeld 1')]).toBe('"RE-2026-00001"');
    expect(gutschrift[BUCHUNGSSTAPEL_SPALTEN.indexOf('Zusatzinformation- Inhalt 1')]).toBe('"RE-2026-00014"');
  });

  it('kodiert in Windows-1252 (Umlaute und Halbgeviertstrich als je ein Byte)', () => {
    const datei = erzeugeDatevBuchungsstapel([beispielRechnung], einstellungen);
    expect(datei.includes(Buffer.from([0xfc]))).toBe(true); // ü in "Gegenkonto (ohne BU-Schlüssel)"
    expect(datei.includes(Buffer.from(' \x96 ', 'latin1'))).toBe(true); // "–" in the Buchungstext
    expect(datei.includes(Buffer.from('ü', 'utf8'))).toBe(false);
  });

  it('verweigert falsche Kontenlängen und Rechnungen außerhalb des Wirtschaftsjahrs', () => {
    expect(() =>
      erzeugeDatevBuchungsstapel([beispielRechnung], { ...einstellungen, erloesKonto: '81000' }),
    ).toThrow(/Erlöskonto 81000 hat nicht 4 Stellen/);
    expect(() =>
      erzeugeDatevBuchungsstapel([beispielRechnung], { ...einstellungen, wjBeginn: '2024-01-01' }),
    ).toThrow(/nicht im Wirtschaftsjahr/);
    expect(() =>
      erzeugeDatevBuchungsstapel([{ ...beispielRechnung, nummer: 'RE 2025/42' }], einstellungen),
    ).toThrow(/Belegfeld 1/);
  });
});
