import { type Invoice, InvoiceService, type Logger } from '@e-invoice-eu/core';
import { datumDe } from '@hilfewerk/rules/tag';
import Decimal from 'decimal.js';
import {
  faelligAm,
  pruefeRechnung,
  type Rechnung,
  type Rechnungsposition,
  STEUERBEFREIUNG,
} from './rechnung.ts';

/** XRechnung 3.0 on EN 16931 (BT-24). */
export const XRECHNUNG_CUSTOMIZATION_ID =
  'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0';

/** Every amount leaves as a two-place decimal string: EN 16931 allows at most two places (BR-DEC). */
function geld(betrag: string): string {
  return new Decimal(betrag).toFixed(2);
}

/**
 * UN/ECE Rec. 20 unit for the units billing uses; anything else is counted in "one" (C62),
 * which is always valid and loses nothing because the unit also stands in the line text.
 */
export function einheitCode(einheit: string): string {
  const e = einheit.trim().toLowerCase().replace(/\.$/, '');
  if (['std', 'stunde', 'stunden', 'h', 'fls', 'fachleistungsstunde', 'fachleistungsstunden'].includes(e))
    return 'HUR';
  if (['tag', 'tage', 'belegungstag', 'belegungstage'].includes(e) || e.startsWith('tag (')) return 'DAY';
  if (['monat', 'monate', 'monatspauschale'].includes(e) || e.startsWith('monat (')) return 'MON';
  return 'C62';
}

const stumm: Logger = { log: () => {}, warn: () => {}, error: () => {} };

/**
 * The invoice as XRechnung 3.0 (UBL 2.1) for the Jugendamt's e-invoice portal.
 * The Leitweg-ID goes to the buyer reference (BT-10) and the buyer's electronic address
 * (scheme 0204); the services are exempt under § 4 Nr. 25 UStG (category E, 0 %, BT-120).
 * A Gutschrift becomes a UBL CreditNote (type 381) that names the corrected invoice (BT-25).
 */
export async function erzeugeXRechnung(r: Rechnung): Promise<string> {
  pruefeRechnung(r);
  const xml = await new InvoiceService(stumm).generate(xrechnungDaten(r), {
    format: 'XRECHNUNG-UBL',
    lang: 'de-de',
  });
  return typeof xml === 'string' ? xml : new TextDecoder().decode(xml);
}

/** The invoice in e-invoice-eu's internal format (UBL element names as keys). */
export function xrechnungDaten(r: Rechnung): Invoice {
  const v = r.verkaeufer;
  const k = r.kaeufer;
  const summe = geld(r.summe);
  const gutschrift = r.art === 'gutschrift';
  const eur = 'EUR' as const;
  const steuerkategorie = {
    'cbc:ID': 'E',
    'cbc:Percent': '0',
    'cac:TaxScheme': { 'cbc:ID': 'VAT' },
  } as const;

  const steuerIds: { 'cbc:CompanyID': string; 'cac:TaxScheme': { 'cbc:ID': string } }[] = [];
  if (v.ustId) steuerIds.push({ 'cbc:CompanyID': v.ustId, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } });
  // BT-32, the German Steuernummer, is told apart from the VAT id by the scheme "FC".
  if (v.steuernummer)
    steuerIds.push({ 'cbc:CompanyID': v.steuernummer, 'cac:TaxScheme': { 'cbc:ID': 'FC' } });

  const daten = {
    'ubl:Invoice': {
      'cbc:CustomizationID': XRECHNUNG_CUSTOMIZATION_ID,
      'cbc:ProfileID': 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
      'cbc:ID': r.nummer,
      'cbc:IssueDate': r.datum,
      ...(gutschrift ? {} : { 'cbc:DueDate': faelligAm(r) }),
      'cbc:InvoiceTypeCode': gutschrift ? '381' : '380',
      'cbc:Note': [`${STEUERBEFREIUNG}.`],
      'cbc:DocumentCurrencyCode': eur,
      'cbc:BuyerReference': k.leitwegId,
      'cac:InvoicePeriod': {
        'cbc:StartDate': r.leistungszeitraum.von,
        'cbc:EndDate': r.leistungszeitraum.bis,
      },
      ...(gutschrift && r.bezugNummer
        ? {
            'cac:BillingReference': [
              {
                'cac:InvoiceDocumentReference': {
                  'cbc:ID': r.bezugNummer,
                  ...(r.bezugDatum ? { 'cbc:IssueDate': r.bezugDatum } : {}),
                },
              },
            ],
          }
        : {}),
      'cac:AccountingSupplierParty': {
        'cac:Party': {
          'cbc:EndpointID': v.kontakt.email,
          'cbc:EndpointID@schemeID': 'EM',
          // BT-29: the GLN (scheme 0088) lets a portal match the provider without reading names.
          ...(v.gln ? { 'cac:PartyIdentification': [{ 'cbc:ID': v.gln, 'cbc:ID@schemeID': '0088' }] } : {}),
          'cac:PartyName': { 'cbc:Name': v.name },
          'cac:PostalAddress': {
            'cbc:StreetName': v.strasse,
            'cbc:CityName': v.ort,
            'cbc:PostalZone': v.plz,
            'cac:Country': { 'cbc:IdentificationCode': v.land },
          },
          'cac:PartyTaxScheme': steuerIds,
          // BT-30: the register entry (Vereinsregister, Handelsregister) identifies the provider in law.
          'cac:PartyLegalEntity': {
            'cbc:RegistrationName': v.name,
            ...(v.registernummer ? { 'cbc:CompanyID': v.registernummer } : {}),
          },
          'cac:Contact': {
            'cbc:Name': v.kontakt.name,
            'cbc:Telephone': v.kontakt.telefon,
            'cbc:ElectronicMail': v.kontakt.email,
          },
        },
      },
      'cac:AccountingCustomerParty': {
        'cac:Party': {
          'cbc:EndpointID': k.leitwegId,
          'cbc:EndpointID@schemeID': '0204',
          'cac:PostalAddress': {
            'cbc:StreetName': k.strasse,
            'cbc:CityName': k.ort,
            'cbc:PostalZone': k.plz,
            'cac:Country': { 'cbc:IdentificationCode': k.land },
          },
          'cac:PartyLegalEntity': { 'cbc:RegistrationName': k.name },
        },
      },
      'cac:PaymentMeans': [
        gutschrift
          ? // Code 97: set off against the next payment; the Jugendamt's account is not known here.
            { 'cbc:PaymentMeansCode': '97', 'cbc:PaymentID': r.nummer }
          : {
              'cbc:PaymentMeansCode': '58',
              'cbc:PaymentID': r.nummer,
              'cac:PayeeFinancialAccount': {
                'cbc:ID': v.iban.replace(/\s+/g, ''),
                'cbc:Name': v.name,
                ...(v.bic ? { 'cac:FinancialInstitutionBranch': { 'cbc:ID': v.bic } } : {}),
              },
            },
      ],
      'cac:PaymentTerms': {
        'cbc:Note': gutschrift
          ? `Gutschrift zur Rechnung ${r.bezugNummer}; Verrechnung mit der nächsten Zahlung oder Erstattung.`
          : `Zahlbar ohne Abzug bis ${datumDe(faelligAm(r))}.`,
      },
      'cac:TaxTotal': [
        {
          'cbc:TaxAmount': '0.00',
          'cbc:TaxAmount@currencyID': eur,
          'cac:TaxSubtotal': [
            {
              'cbc:TaxableAmount': summe,
              'cbc:TaxableAmount@currencyID': eur,
              'cbc:TaxAmount': '0.00',
              'cbc:TaxAmount@currencyID': eur,
              'cac:TaxCategory': { ...steuerkategorie, 'cbc:TaxExemptionReason': STEUERBEFREIUNG },
            },
          ],
        },
      ],
      'cac:LegalMonetaryTotal': {
        'cbc:LineExtensionAmount': summe,
        'cbc:LineExtensionAmount@currencyID': eur,
        'cbc:TaxExclusiveAmount': summe,
        'cbc:TaxExclusiveAmount@currencyID': eur,
        'cbc:TaxInclusiveAmount': summe,
        'cbc:TaxInclusiveAmount@currencyID': eur,
        'cbc:PayableAmount': summe,
        'cbc:PayableAmount@currencyID': eur,
      },
      'cac:InvoiceLine': r.positionen.map((p, i) => zeile(r, p, i, steuerkategorie)),
    },
  };
  return daten as Invoice;
}

/**
 * One line. The unit (BT-130) and, for part of a month, the base quantity (BT-149) make quantity × price ÷
 * base quantity equal the amount (PEPPOL-EN16931-R120). A credit note line keeps the number of the line it
 * corrects (BT-126) and names it in its note and as line object (BT-128, "<invoice>/<line>").
 */
function zeile(r: Rechnung, p: Rechnungsposition, i: number, steuerkategorie: object) {
  const eur = 'EUR' as const;
  const einheit = p.einheitCode ?? einheitCode(p.einheit);
  const bezug = r.art === 'gutschrift' && p.nr ? { nummer: r.bezugNummer, nr: p.nr } : undefined;
  const notiz = `Aktenzeichen Jugendamt: ${p.aktenzeichenJugendamt}; Bewilligung: ${p.bewilligung}`;
  return {
    'cbc:ID': String(bezug?.nr ?? i + 1),
    'cbc:Note': bezug ? `Korrigiert Position ${bezug.nr} der Rechnung ${bezug.nummer}. ${notiz}` : notiz,
    'cbc:InvoicedQuantity': new Decimal(p.menge).toString(),
    'cbc:InvoicedQuantity@unitCode': einheit,
    'cbc:LineExtensionAmount': geld(p.betrag),
    'cbc:LineExtensionAmount@currencyID': eur,
    // BT-133: the Jugendamt books each line against its case file.
    'cbc:AccountingCost': p.aktenzeichenJugendamt,
    'cac:InvoicePeriod': { 'cbc:StartDate': p.zeitraumVon, 'cbc:EndDate': p.zeitraumBis },
    ...(bezug
      ? {
          'cac:DocumentReference': {
            'cbc:ID': `${bezug.nummer}/${bezug.nr}`,
            'cbc:DocumentTypeCode': '130',
          },
        }
      : {}),
    'cac:Item': {
      'cbc:Description': `${p.text} (${p.einheit}), Aktenzeichen Jugendamt ${p.aktenzeichenJugendamt}, Bewilligung ${p.bewilligung}`,
      'cbc:Name': p.text,
      'cac:ClassifiedTaxCategory': steuerkategorie,
    },
    'cac:Price': {
      'cbc:PriceAmount': new Decimal(p.satz).toString(),
      'cbc:PriceAmount@currencyID': eur,
      ...(p.basismenge
        ? { 'cbc:BaseQuantity': new Decimal(p.basismenge).toString(), 'cbc:BaseQuantity@unitCode': einheit }
        : {}),
    },
  };
}
