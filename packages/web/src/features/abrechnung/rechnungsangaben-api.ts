/** The organisation's invoice data, as GET/PUT /api/organisation/rechnungsangaben answer. */
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export interface Datev {
  beraterNr: number;
  mandantNr: number;
  sachkontenlaenge: number;
  erloesKonto: string;
  kontenrahmen?: string;
  wjBeginnMonat: number;
  debitoren: Record<string, string>;
  debitorStandard: string;
}

export interface Angaben {
  rechnungsname?: string;
  strasse: string;
  plz: string;
  ort: string;
  steuernummer?: string;
  ustId?: string;
  registernummer?: string;
  gln?: string;
  iban?: string;
  bic?: string;
  kontakt?: { name: string; telefon: string; email: string };
  zahlungszielTage: number;
  nummernPrefix: string;
  datev?: Datev;
}

export interface Rechnungsangaben {
  art: 'traeger' | 'jugendamt';
  name: string;
  leitwegId: string | null;
  angaben: Partial<Angaben> | null;
  /** What still prevents invoices (provider) or receiving them (Jugendamt), in German. */
  fehlt: string[];
  rechnungenMoeglich: boolean;
}

const PFAD = '/api/organisation/rechnungsangaben';

export const rechnungsangabenAbfrage = queryOptions({
  queryKey: ['organisation', 'rechnungsangaben'],
  queryFn: async () => (await anfrage<Rechnungsangaben>(PFAD)).daten,
});

export async function speichereRechnungsangaben(body: {
  angaben: Angaben;
  leitwegId?: string | null;
}): Promise<Rechnungsangaben> {
  return (await anfrage<Rechnungsangaben>(PFAD, { methode: 'PUT', body })).daten;
}
