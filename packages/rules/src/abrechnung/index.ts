export { anteiligePauschale, flsBetrag, minutenAlsStunden, tagessatzBetrag } from './betraege.ts';
export { teileMinuten, verteileGruppeneintrag } from './gruppenangebot.ts';
export { type Abrechnungseingabe, rechnungSumme, rechnungsPositionen } from './positionen.ts';
export { naechsteRechnungsnummer } from './rechnungsnummer.ts';
export type {
  AbrechnungsHilfe,
  Eintragsart,
  Entgelt,
  Gruppeneintrag,
  Leistungseintrag,
  RechnungsPosition,
  Zeitraum,
  Zusatzleistung,
} from './typen.ts';
