import { randomUUID } from 'node:crypto';
import { type Db, kalkulation } from '@hilfewerk/db';
import type { Kontext } from '../../../access/kontext.ts';
import { schreibeAudit } from '../../../audit/schreibe-audit.ts';
import type { Kalkulationsergebnis } from './rechne.ts';

export interface Speicherdaten {
  reiheId: string | null;
  version: number;
  bezeichnung: string;
  kommentar?: string | null;
  eingabe: Record<string, unknown>;
  ergebnis: Kalkulationsergebnis;
}

/** Inserts one version and its audit row in the caller's transaction; never updates an existing row. */
export async function speichereVersion(tx: Db, k: Kontext, d: Speicherdaten): Promise<string> {
  const id = randomUUID();
  const reiheId = d.reiheId ?? id;
  await tx.insert(kalkulation).values({
    id,
    organisationId: k.auth.organisation.id,
    reiheId,
    bezeichnung: d.bezeichnung.trim(),
    leistung: d.ergebnis.leistung,
    variante: d.ergebnis.variante ?? null,
    stichtag: d.ergebnis.stichtag,
    eingabe: d.eingabe,
    ergebnis: d.ergebnis,
    entgelt: d.ergebnis.entgelt.betrag,
    version: d.version,
    kommentar: d.kommentar?.trim() || null,
    erstelltVon: k.auth.benutzer.id,
  });
  await schreibeAudit(tx, k, {
    aktion: 'anlegen',
    ressource: 'kalkulation',
    ressourceId: id,
    reiheId,
    version: d.version,
  });
  return id;
}
