import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rechnung, Rechnungsposition } from './rechnung.ts';
import { amtlichePruefung, beanstandungen } from './test-hilfen/amtliche-pruefung.ts';
import {
  alleBeispielRechnungen,
  beispielGutschrift,
  beispielGutschriftTeilmonat,
  beispielPauschale,
  beispielRechnung,
  beispielTagessatz,
} from './test-hilfen/beispiele.ts';
import { text, texte, xmllintFehler } from './test-hilfen/xml.ts';
import { verletzteRegeln } from './test-hilfen/xrechnung-regeln.ts';
import { erzeugeXRechnung, XRECHNUNG_CUSTOMIZATION_ID } from './xrechnung.ts';

describe('erzeugeXRechnung', () => {
  it('erzeugt eine XRechnung 3.0 mit Leitweg-ID, Summen und Steuerbefreiung', async () => {
    const xml = await erzeugeXRechnung(beispielRechnung);
    expect(xmllintFehler(xml)).toBe('');
    expect(text(xml, '/Invoice/CustomizationID')).toBe(XRECHNUNG_CUSTOMIZATION_ID);
    expect(text(xml, '/Invoice/ID')).toBe('RE-2025-0042');
    expect(text(xml, '/Invoice/InvoiceTypeCode')).toBe('380');
    expect(text(xml, '/Invoice/DocumentCurrencyCode')).toBe('EUR');
    expect(text(xml, '/Invoice/BuyerReference')).toBe('05124000-12345-77');
    expect(text(xml, '/Invoice/AccountingCustomerParty/Party/EndpointID')).toBe('05124000-12345-77');
    expect(text(xml, '/Invoice/DueDate')).toBe('2025-03-05');
    expect(texte(xml, '/Invoice/InvoiceLine/LineExtensionAmount')).toEqual(['1449.10', '825.65']);
    for (const feld of ['LineExtensionAmount', 'TaxExclusiveAmount', 'TaxInclusiveAmount', 'PayableAmount']) {
      expect(text(xml, `/Invoice/LegalMonetaryTotal/${feld}`)).toBe('2274.75');
    }
    expect(text(xml, '/Invoice/TaxTotal/TaxAmount')).toBe('0.00');
    expect(text(xml, '/Invoice/TaxTotal/TaxSubtotal/TaxCategory/ID')).toBe('E');
    expect(text(xml, '/Invoice/TaxTotal/TaxSubtotal/TaxCategory/TaxExemptionReason')).toBe(
      'Steuerfrei gemäß § 4 Nr. 25 UStG',
    );
    expect(text(xml, '/Invoice/PaymentMeans/PaymentMeansCode')).toBe('58');
    expect(text(xml, '/Invoice/PaymentMeans/PayeeFinancialAccount/ID')).toBe('DE02120300000000202051');
    expect(text(xml, '/Invoice/InvoiceLine/AccountingCost')).toBe('51.2-2024-0815');
    expect(text(xml, '/Invoice/InvoiceLine/InvoicedQuantity/@unitCode')).toBe('HUR');
    expect(verletzteRegeln(xml)).toEqual([]);
  });

  it('macht aus einer Gutschrift eine CreditNote (381) mit Bezug auf die korrigierte Rechnung', async () => {
    const xml = await erzeugeXRechnung({ ...beispielGutschrift, bezugDatum: '2025-02-03' });
    expect(text(xml, '/CreditNote/CreditNoteTypeCode')).toBe('381');
    expect(text(xml, '/CreditNote/BillingReference/InvoiceDocumentReference/ID')).toBe('RE-2025-0042');
    expect(text(xml, '/CreditNote/BillingReference/InvoiceDocumentReference/IssueDate')).toBe('2025-02-03');
    expect(text(xml, '/CreditNote/LegalMonetaryTotal/PayableAmount')).toBe('134.80');
    expect(verletzteRegeln(xml)).toEqual([]);
  });

  it('erkennt eine verletzte Regel (die Prüfung prüft wirklich)', async () => {
    const xml = await erzeugeXRechnung(beispielRechnung);
    const verfaelscht = xml.replace(
      '<cbc:PayableAmount currencyID="EUR">2274.75',
      '<cbc:PayableAmount currencyID="EUR">2274.70',
    );
    expect(verletzteRegeln(verfaelscht)).toEqual(['BR-CO-16 Zahlbetrag']);
  });

  it('verweigert eine Leitweg-ID mit falscher Prüfziffer und eine Gutschrift ohne Bezug', async () => {
    const falsch = {
      ...beispielRechnung,
      kaeufer: { ...beispielRechnung.kaeufer, leitwegId: '05124000-12345-67' },
    };
    await expect(erzeugeXRechnung(falsch)).rejects.toThrow(/Leitweg-ID „05124000-12345-67“ ist ungültig/);
    await expect(erzeugeXRechnung({ ...beispielGutschrift, bezugNummer: undefined })).rejects.toThrow(
      /korrigierte Rechnung/,
    );
  });

  it('besteht jede Beispielvariante die amtliche Prüfung (UBL-Schema, EN 16931, XRechnung 3.0)', async () => {
    const namen = Object.keys(alleBeispielRechnungen);
    const xmls = await Promise.all(Object.values(alleBeispielRechnungen).map(erzeugeXRechnung));
    const befunde = amtlichePruefung(xmls);
    expect(Object.fromEntries(namen.map((n, i) => [n, beanstandungen(befunde[i])]))).toEqual(
      Object.fromEntries(namen.map((n) => [n, []])),
    );
    // The rules really ran: each document was seen by all three rule sets.
    expect(befunde.every((b) => Array.isArray(b))).toBe(true);
  }, 600_000);

  it('die amtliche Prüfung weist eine Rechnung ohne Kennung des Trägers und mit schiefer Menge ab', async () => {
    const ohneKennung = await erzeugeXRechnung({
      ...beispielRechnung,
      verkaeufer: { ...beispielRechnung.verkaeufer, registernummer: undefined },
    });
    const schief = await erzeugeXRechnung({
      ...beispielPauschale,
      positionen: [{ ...beispielPauschale.positionen[0], menge: '0.5333', basismenge: undefined }],
      summe: '792.00',
    });
    const [a, b] = amtlichePruefung([ohneKennung, schief]).map((x) => x.map((y) => y.regel));
    expect(a).toContain('BR-CO-26');
    expect(b).toContain('PEPPOL-EN16931-R120');
  }, 600_000);

  it('Teilmonat: 16 Tage × 1.485,00 € je 30 Tage, Einheiten DAY und MON', async () => {
    const xml = await erzeugeXRechnung(beispielPauschale);
    expect(texte(xml, '/Invoice/InvoiceLine/InvoicedQuantity')).toEqual(['16', '1']);
    expect(texte(xml, '/Invoice/InvoiceLine/InvoicedQuantity/@unitCode')).toEqual(['DAY', 'MON']);
    expect(text(xml, '/Invoice/InvoiceLine/Price/BaseQuantity')).toBe('30');
    expect(text(xml, '/Invoice/InvoiceLine/Price/BaseQuantity/@unitCode')).toBe('DAY');
    expect(texte(xml, '/Invoice/InvoiceLine/LineExtensionAmount')).toEqual(['792.00', '1485.00']);
    expect(text(xml, '/Invoice/AccountingSupplierParty/Party/PartyTaxScheme/CompanyID')).toBe('DE123456789');
  });

  it('Träger mit Registernummer bzw. GLN, Gutschriftzeile mit Bezug auf die Rechnungsposition', async () => {
    const re = await erzeugeXRechnung(beispielRechnung);
    expect(text(re, '/Invoice/AccountingSupplierParty/Party/PartyLegalEntity/CompanyID')).toBe(
      'VR 3456, Amtsgericht Wuppertal',
    );
    const gln = await erzeugeXRechnung(beispielTagessatz);
    expect(text(gln, '/Invoice/AccountingSupplierParty/Party/PartyIdentification/ID')).toBe('4012345000009');
    expect(text(gln, '/Invoice/AccountingSupplierParty/Party/PartyIdentification/ID/@schemeID')).toBe('0088');
    const gs = await erzeugeXRechnung(beispielGutschriftTeilmonat);
    expect(text(gs, '/CreditNote/CreditNoteLine/ID')).toBe('1');
    expect(text(gs, '/CreditNote/CreditNoteLine/DocumentReference/ID')).toBe('RE-2026-00007/1');
    expect(text(gs, '/CreditNote/CreditNoteLine/Note')).toMatch(
      /^Korrigiert Position 1 der Rechnung RE-2026-00007/,
    );
    expect(text(gs, '/CreditNote/CreditNoteLine/CreditedQuantity')).toBe('4');
  });

  it('Zahlbetrag = dezimale Summe der Positionen, für beliebige Positionen; amtlich geprüft', async () => {
    const satzCent = fc.integer({ min: 1, max: 2_000_000 });
    const position = fc.record({ satzCent, stundenViertel: fc.integer({ min: 1, max: 800 }) });
    const erzeugt: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(position, { minLength: 1, maxLength: 8 }), async (liste) => {
        const positionen: Rechnungsposition[] = liste.map((p, i) => {
          const menge = new Decimal(p.stundenViertel).div(4);
          const satz = new Decimal(p.satzCent).div(100);
          return {
            ...beispielRechnung.positionen[0],
            hilfeId: `h-${i}`,
            menge: menge.toString(),
            satz: satz.toFixed(2),
            betrag: menge.times(satz).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
          };
        });
        const summe = positionen.reduce((s, p) => s.plus(p.betrag), new Decimal(0)).toFixed(2);
        const rechnung: Rechnung = { ...beispielRechnung, positionen, summe };
        const xml = await erzeugeXRechnung(rechnung);
        expect(texte(xml, '/Invoice/InvoiceLine/LineExtensionAmount')).toEqual(
          positionen.map((p) => p.betrag),
        );
        expect(new Decimal(text(xml, '/Invoice/LegalMonetaryTotal/PayableAmount')).equals(summe)).toBe(true);
        expect(verletzteRegeln(xml)).toEqual([]);
        erzeugt.push(xml);
      }),
      // Each generation compiles e-invoice-eu's JSON schema (~0.2 s), so few runs suffice.
      { numRuns: 15 },
    );
    // The official check takes about a second per document: a sample of the generated ones is enough.
    const stichprobe = erzeugt.slice(0, 4);
    expect(amtlichePruefung(stichprobe).map(beanstandungen)).toEqual(stichprobe.map(() => []));
  }, 600_000);
});
