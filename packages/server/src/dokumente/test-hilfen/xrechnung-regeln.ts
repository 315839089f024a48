import Decimal from 'decimal.js';
import { anzahl, text, texte } from './xml.ts';

/**
 * The business rules of EN 16931 and XRechnung 3.0 that matter for a VAT-exempt youth
 * welfare invoice, checked on the generated XML. Not the official KoSIT Schematron
 * (that needs a Java/XSLT 2 toolchain we do not have here); each check names the rule it
 * follows. Returns the violated rules; empty means all hold.
 */
export function verletzteRegeln(xml: string): string[] {
  const wurzel = text(xml, '/CreditNote/ID') ? 'CreditNote' : 'Invoice';
  const zeile = wurzel === 'CreditNote' ? 'CreditNoteLine' : 'InvoiceLine';
  const w = `/${wurzel}`;
  const fehler: string[] = [];
  const pruefe = (regel: string, gilt: boolean) => {
    if (!gilt) fehler.push(regel);
  };
  const betrag = (p: string) => new Decimal(text(xml, p) || 'NaN');
  const betraege = (p: string) => texte(xml, p);

  pruefe(
    'BR-DE-21 Spezifikationskennung XRechnung 3.0',
    text(xml, `${w}/CustomizationID`) ===
      'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0',
  );
  pruefe('BR-02 Rechnungsnummer', text(xml, `${w}/ID`) !== '');
  pruefe('BR-03 Rechnungsdatum', /^\d{4}-\d{2}-\d{2}$/.test(text(xml, `${w}/IssueDate`)));
  const typ = text(xml, `${w}/InvoiceTypeCode`) || text(xml, `${w}/CreditNoteTypeCode`);
  pruefe('BR-04 Rechnungsart 380/381', wurzel === 'Invoice' ? typ === '380' : typ === '381');
  pruefe('BR-05 Währung EUR', text(xml, `${w}/DocumentCurrencyCode`) === 'EUR');
  pruefe('BR-DE-15 Käuferreferenz (Leitweg-ID)', text(xml, `${w}/BuyerReference`) !== '');
  pruefe(
    'BR-06 Name des Verkäufers',
    text(xml, `${w}/AccountingSupplierParty/Party/PartyLegalEntity/RegistrationName`) !== '',
  );
  pruefe(
    'BR-07 Name des Käufers',
    text(xml, `${w}/AccountingCustomerParty/Party/PartyLegalEntity/RegistrationName`) !== '',
  );
  pruefe(
    'BR-08/BR-09 Anschrift und Land des Verkäufers',
    text(xml, `${w}/AccountingSupplierParty/Party/PostalAddress/Country/IdentificationCode`) === 'DE',
  );
  pruefe(
    'BR-DE-3 Ort des Verkäufers',
    text(xml, `${w}/AccountingSupplierParty/Party/PostalAddress/CityName`) !== '',
  );
  pruefe(
    'BR-DE-4 PLZ des Verkäufers',
    text(xml, `${w}/AccountingSupplierParty/Party/PostalAddress/PostalZone`) !== '',
  );
  pruefe(
    'BR-DE-8 Ort des Käufers',
    text(xml, `${w}/AccountingCustomerParty/Party/PostalAddress/CityName`) !== '',
  );
  pruefe(
    'BR-DE-9 PLZ des Käufers',
    text(xml, `${w}/AccountingCustomerParty/Party/PostalAddress/PostalZone`) !== '',
  );
  pruefe(
    'BR-DE-2/5 Kontakt des Verkäufers: Name',
    text(xml, `${w}/AccountingSupplierParty/Party/Contact/Name`) !== '',
  );
  pruefe(
    'BR-DE-6 Kontakt des Verkäufers: Telefon',
    text(xml, `${w}/AccountingSupplierParty/Party/Contact/Telephone`) !== '',
  );
  pruefe(
    'BR-DE-7 Kontakt des Verkäufers: E-Mail',
    text(xml, `${w}/AccountingSupplierParty/Party/Contact/ElectronicMail`) !== '',
  );
  pruefe(
    'BT-34 elektronische Adresse des Verkäufers (XRechnung 3.0 Pflicht)',
    text(xml, `${w}/AccountingSupplierParty/Party/EndpointID`) !== '',
  );
  pruefe(
    'BT-49 elektronische Adresse des Käufers (XRechnung 3.0 Pflicht)',
    text(xml, `${w}/AccountingCustomerParty/Party/EndpointID`) !== '',
  );
  pruefe(
    'BR-DE-16 Steuernummer oder USt-IdNr. des Verkäufers',
    anzahl(xml, `${w}/AccountingSupplierParty/Party/PartyTaxScheme/CompanyID`) > 0,
  );
  pruefe('BR-DE-1 Zahlungsanweisungen', anzahl(xml, `${w}/PaymentMeans/PaymentMeansCode`) > 0);
  const zahlungsart = text(xml, `${w}/PaymentMeans/PaymentMeansCode`);
  if (zahlungsart === '58' || zahlungsart === '30') {
    const iban = text(xml, `${w}/PaymentMeans/PayeeFinancialAccount/ID`);
    pruefe('BR-DE-23/BR-DE-19 IBAN bei Überweisung, gültige Prüfziffer', ibanGueltig(iban));
  }
  pruefe(
    'BR-CO-25 Fälligkeitsdatum oder Zahlungsbedingungen',
    text(xml, `${w}/DueDate`) !== '' || text(xml, `${w}/PaymentTerms/Note`) !== '',
  );

  // Sums (BR-CO-10, BR-CO-13, BR-CO-15, BR-CO-16) — no allowances, charges or prepayments here.
  const zeilen = betraege(`${w}/${zeile}/LineExtensionAmount`);
  const zeilenSumme = zeilen.reduce((s, b) => s.plus(b), new Decimal(0));
  const netto = betrag(`${w}/LegalMonetaryTotal/LineExtensionAmount`);
  const ohneSteuer = betrag(`${w}/LegalMonetaryTotal/TaxExclusiveAmount`);
  const mitSteuer = betrag(`${w}/LegalMonetaryTotal/TaxInclusiveAmount`);
  const zahlbar = betrag(`${w}/LegalMonetaryTotal/PayableAmount`);
  const steuer = betrag(`${w}/TaxTotal/TaxAmount`);
  pruefe('BR-16 mindestens eine Position', zeilen.length > 0);
  pruefe('BR-CO-10 Summe der Positionen', zeilenSumme.equals(netto));
  pruefe('BR-CO-13 Summe ohne Steuer', ohneSteuer.equals(netto));
  pruefe('BR-CO-15 Summe mit Steuer', mitSteuer.equals(ohneSteuer.plus(steuer)));
  pruefe('BR-CO-16 Zahlbetrag', zahlbar.equals(mitSteuer));
  const alleBetraege = [
    ...zeilen,
    ...betraege(`${w}/LegalMonetaryTotal/*`),
    ...betraege(`${w}/TaxTotal//TaxAmount`),
  ];
  pruefe(
    'BR-DEC höchstens zwei Nachkommastellen',
    alleBetraege.every((b) => /^-?\d+(\.\d{1,2})?$/.test(b)),
  );

  // VAT exemption (BR-E-*): category E everywhere, 0 %, no tax, a reason.
  const kategorien = [
    ...texte(xml, `${w}/${zeile}/Item/ClassifiedTaxCategory/ID`),
    ...texte(xml, `${w}/TaxTotal/TaxSubtotal/TaxCategory/ID`),
  ];
  pruefe(
    'BR-E-1 Kategorie E in Positionen und Aufschlüsselung',
    kategorien.length > zeilen.length && kategorien.every((k) => k === 'E'),
  );
  pruefe(
    'BR-E-5 Positionen mit 0 %',
    texte(xml, `${w}/${zeile}/Item/ClassifiedTaxCategory/Percent`).every((p) => new Decimal(p).isZero()),
  );
  pruefe(
    'BR-E-8 steuerfreier Betrag = Summe der Positionen',
    betrag(`${w}/TaxTotal/TaxSubtotal/TaxableAmount`).equals(zeilenSumme),
  );
  pruefe('BR-E-9 Steuerbetrag 0', steuer.isZero() && betrag(`${w}/TaxTotal/TaxSubtotal/TaxAmount`).isZero());
  pruefe(
    'BR-E-10 Befreiungsgrund',
    text(xml, `${w}/TaxTotal/TaxSubtotal/TaxCategory/TaxExemptionReason`) !== '',
  );
  return fehler;
}

/** ISO 13616 check: the IBAN, rearranged and letters as numbers, is 1 modulo 97. */
export function ibanGueltig(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const umgestellt = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (b) =>
    String(b.charCodeAt(0) - 55),
  );
  return BigInt(umgestellt) % 97n === 1n;
}
