import {
  angaben,
  fehlendeKaeuferAngaben,
  fehlendeVerkaeuferAngaben,
} from '../../abrechnung/intern/rechnungsangaben.ts';

interface Org {
  art: 'traeger' | 'jugendamt';
  name: string;
  leitwegId: string | null;
  rechnungsangaben: unknown;
}

/**
 * The invoice data as the settings page shows it, with what is still missing: a provider cannot close a
 * month without seller data; a Jugendamt without address and Leitweg-ID receives no invoices.
 */
export function rechnungsangabenDto(o: Org) {
  const fehlt = o.art === 'traeger' ? fehlendeVerkaeuferAngaben(o) : fehlendeKaeuferAngaben(o);
  return {
    art: o.art,
    name: o.name,
    leitwegId: o.leitwegId,
    angaben: angaben(o) ?? null,
    fehlt,
    rechnungenMoeglich: fehlt.length === 0,
  };
}
