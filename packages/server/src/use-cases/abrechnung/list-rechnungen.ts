import { monatsabschluss } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeRechnungen, rechnungDto } from './intern/rechnung-dto.ts';

/** Invoices and credit notes the user reaches, newest first; optionally those of one closed month. */
export async function listRechnungen(k: Kontext, f: { monat?: string }) {
  requireAccess(k, 'rechnung', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) =>
    (await ladeRechnungen(tx, k, f.monat ? eq(monatsabschluss.monat, f.monat) : undefined)).map((z) =>
      rechnungDto(z, false),
    ),
  );
}
