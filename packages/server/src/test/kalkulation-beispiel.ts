/** The D.8 example of docs/cli.md without night standby (gruppe-regel, 10 places), shared by API tests. */
export const D8 = {
  leistung: 'berlin-d8',
  variante: 'gruppe-regel',
  stichtag: '2025-01-01',
  plaetze: 10,
  gruppen: 1,
  auslastung: 0.93,
  erstkalkulation: true,
  personalkosten: { fachkraft: '68000.00', leitung: '85000.00' },
  sachkosten: '60000.00',
};
