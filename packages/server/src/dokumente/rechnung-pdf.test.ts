import { describe, expect, it } from 'vitest';
import { erzeugeRechnungPdf } from './rechnung-pdf.ts';
import { beispielGutschrift, beispielPauschale, beispielRechnung } from './test-hilfen/beispiele.ts';
import { pdfText } from './test-hilfen/pdf-text.ts';

describe('erzeugeRechnungPdf', () => {
  it('enthält Parteien, Leitweg-ID, Positionen mit Aktenzeichen, Summe, Steuerbefreiung und Zahlungsziel', async () => {
    const text = pdfText(await erzeugeRechnungPdf(beispielRechnung));
    expect(text).toContain('Rechnung RE-2025-0042');
    expect(text).toContain('Stadt Wuppertal – Jugendamt');
    expect(text).toContain('KIJU Wuppertal e. V.');
    expect(text).toContain('05124000-12345-77');
    expect(text).toMatch(
      /Zeitraum 01\.01\.2025 – 31\.01\.2025 · Aktenzeichen\s+Jugendamt: 51\.2-2024-0815 · Bewilligung: KZ-2024-117/,
    );
    expect(text).toContain('Bewilligung: KZ-2024-131');
    expect(text).toMatch(/21,5\s+Std\.\s+67,40 €\s+1.449,10 €/);
    expect(text).toMatch(/Rechnungsbetrag\s+2.274,75 €/);
    expect(text).toContain('Steuerfrei gemäß § 4 Nr. 25 UStG');
    expect(text).toContain('05.03.2025'); // 03.02.2025 + 30 Tage
    expect(text).toContain('DE02 1203 0000 0000 2020 51');
    expect(text).toContain('Seite 1 von 1');
  });

  it('zeigt einen Teilmonat als Tage × Pauschale je Monatstage, die sich zum Betrag multiplizieren', async () => {
    const text = pdfText(await erzeugeRechnungPdf(beispielPauschale));
    // Columns wrap in the PDF: the first row holds "16 Tag 1.485,00 € je 792,00 €", the next "(anteilig) 30 Tage".
    expect(text).toMatch(/16\s+Tag\s+1\.485,00 € je\s+792,00 €/);
    expect(text).toMatch(/\(anteilig\)\s+30 Tage/);
    expect(text).toMatch(/1\s+Monat\s+1.485,00 €\s+1.485,00 €/);
  });

  it('nennt bei einer Gutschrift die korrigierte Rechnung', async () => {
    const text = pdfText(await erzeugeRechnungPdf(beispielGutschrift));
    expect(text).toContain('Gutschrift RE-2025-0057');
    expect(text).toContain('Zur Rechnung');
    expect(text).toContain('zur Rechnung RE-2025-0042');
    expect(text).toMatch(/Gutschriftsbetrag\s+134,80 €/);
  });

  it('verweigert eine Rechnung, deren Summe nicht die Summe der Positionen ist', async () => {
    await expect(() => erzeugeRechnungPdf({ ...beispielRechnung, summe: '2274.76' })).toThrow(
      /nicht die Summe/,
    );
  });
});
