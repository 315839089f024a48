import { randomUUID } from 'node:crypto';
import { type Db, rechnung, rechnungsposition } from '@hilfewerk/db';
import { pruefeNeueRechnung, type Rechnung } from '../../../dokumente/rechnung.ts';

export interface RechnungsKopf {
  organisationId: string;
  jugendamtId: string;
  monatsabschlussId: string | null;
  bezugRechnungId?: string;
  laufnummer: number;
  erstelltVon: string;
  /** Provider's case id per Hilfe, for the lines' `fall_id`. */
  fallVonHilfe: (hilfeId: string) => string | null;
}

/**
 * Stores an invoice exactly as its documents will show it: `dokument` is the complete invoice the
 * PDF and the XRechnung are rendered from, and each line is also a row for queries.
 */
export async function speichereRechnung(tx: Db, r: Rechnung, kopf: RechnungsKopf): Promise<string> {
  pruefeNeueRechnung(r);
  const id = randomUUID();
  await tx.insert(rechnung).values({
    id,
    organisationId: kopf.organisationId,
    jugendamtId: kopf.jugendamtId,
    monatsabschlussId: kopf.monatsabschlussId,
    art: r.art,
    bezugRechnungId: kopf.bezugRechnungId ?? null,
    nummer: r.nummer,
    jahr: Number(r.datum.slice(0, 4)),
    laufnummer: kopf.laufnummer,
    rechnungsdatum: r.datum,
    zeitraumVon: r.leistungszeitraum.von,
    zeitraumBis: r.leistungszeitraum.bis,
    summe: r.summe,
    dokument: r,
    erstelltVon: kopf.erstelltVon,
  });
  await tx.insert(rechnungsposition).values(
    r.positionen.map((p, i) => ({
      organisationId: kopf.organisationId,
      rechnungId: id,
      position: i + 1,
      hilfeId: p.hilfeId,
      fallId: kopf.fallVonHilfe(p.hilfeId),
      aktenzeichenJugendamt: p.aktenzeichenJugendamt,
      bewilligung: p.bewilligung,
      zeitraumVon: p.zeitraumVon,
      zeitraumBis: p.zeitraumBis,
      beschreibung: p.text,
      menge: p.menge,
      einheit: p.einheit,
      satz: p.satz,
      betrag: p.betrag,
    })),
  );
  return id;
}
