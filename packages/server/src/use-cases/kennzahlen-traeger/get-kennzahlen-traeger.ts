import { veroeffentliche } from '@hilfewerk/rules';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeKennzahlenTraeger } from './intern/lade-kennzahlen-traeger.ts';

/**
 * GET /api/kennzahlen/traeger?jahr= (Jugendamt, Fachcontrolling): per provider of the Hilfen this Jugendamt
 * granted, the provider's figures of the year (aufnahmen, entlassungen, verweildauerTage, belegendeJugendaemter,
 * beschwerden) over those Hilfen; a suppressed count is `null` with `unterdrueckt: true`. Sums only, through
 * rls.sql's functions.
 */
export async function getKennzahlenTraeger(k: Kontext, jahr: number) {
  requireAccess(k, 'kennzahlenTraeger', 'lesen');
  const tabelle = await k.db.withTx(txKontext(k.auth), (tx) => ladeKennzahlenTraeger(tx, jahr));
  // Only this Jugendamt's Hilfen are counted, so it is the one Jugendamt placing them (as far as it may know).
  const belegend = (hilfen: number | null) => [{ name: k.auth.organisation.name, hilfen }];
  return {
    jahr,
    traeger: tabelle.traeger.map((z) => {
      const zahlen = veroeffentliche(z);
      return {
        id: z.id,
        name: z.name,
        ...zahlen,
        belegendeJugendaemter: belegend(zahlen.hilfenImJahr),
        budget: z.budget,
      };
    }),
    summe: (() => {
      const zahlen = veroeffentliche(tabelle.summe);
      return { ...zahlen, belegendeJugendaemter: belegend(zahlen.hilfenImJahr) };
    })(),
  };
}
