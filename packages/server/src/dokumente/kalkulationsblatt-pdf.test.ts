import { describe, expect, it } from 'vitest';
import { erzeugeKalkulationsblattPdf } from './kalkulationsblatt-pdf.ts';
import { beispielKalkulation } from './test-hilfen/beispiele.ts';
import { pdfSeiten, pdfText } from './test-hilfen/pdf-text.ts';

describe('erzeugeKalkulationsblattPdf', () => {
  it('zeigt Entgelt, Zeilen mit Quellen, Eingaben, Warnungen und Fußzeile', async () => {
    const pdf = await erzeugeKalkulationsblattPdf(beispielKalkulation);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    const seiten = pdfSeiten(pdf);
    expect(text).toContain('Kalkulationsblatt');
    expect(text).toContain('Mutter-Kind-Haus Spree gGmbH');
    expect(text).toContain('Stichtag');
    expect(text).toContain('01.01.2025');
    expect(text).toContain('134,48 € je Platz und Tag');
    expect(text).toContain('456.505,00 €');
    expect(text).toContain('3.394,5');
    // One line of the table, in its row: text, quantity, rate, amount, source.
    expect(text).toMatch(/Qualitätsmittel\s+5\s+VK\s+705,00 €\s+3.525,00 €\s+Anlage D.8, Matrix Nr. 6/);
    expect(text).toContain('Arbeitgeberkosten je VK Fachkraft');
    expect(text).toContain('Hinweise zur Kalkulation');
    expect(text).toContain('Katalog D.8, Plausibilität Sachkosten');
    expect(text).toContain('Version 3');
    expect(text).toContain(`Seite 1 von ${seiten}`);
  });

  it('nummeriert Seiten, wenn die Tabelle umbricht', async () => {
    const zeilen = Array.from({ length: 60 }, (_, i) => ({
      id: `z${i}`,
      text: `Zeile ${i + 1}`,
      menge: '1',
      einheit: 'VK',
      satz: '100',
      betrag: '100',
      quelle: 'Testquelle',
    }));
    const pdf = await erzeugeKalkulationsblattPdf({
      ...beispielKalkulation,
      ergebnis: { ...beispielKalkulation.ergebnis, zeilen, warnungen: [] },
    });
    const seiten = pdfSeiten(pdf);
    expect(seiten).toBeGreaterThan(1);
    expect(pdfText(pdf)).toContain(`Seite ${seiten} von ${seiten}`);
  });
});
