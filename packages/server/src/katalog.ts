import { fristenkataloge, ladeLeistungen } from '@hilfewerk/rules';

/**
 * One catalogue Leistung as the API shows it: like `hilfewerk katalog` (docs/cli.md), but each variant
 * carries its title, so the web app never has to guess one from an id.
 */
export interface KatalogEintrag {
  id: string;
  titel: string;
  rechtsgrundlage: string[];
  varianten: { id: string; titel: string }[];
  /** Care with accommodation (Anlage D.8); such a Hilfe can be the one an LT 11 Hilfe follows. */
  stationaer: boolean;
  /** Set when a Hilfe of this Leistung must follow a stationary measure (LT 11), with the short list of origins. */
  anschluss: {
    text: string;
    quelle: string;
    herkunft: { id: string; text: string; erlaeuterungNoetig: boolean }[];
  } | null;
  /** Set when a Hilfe may record amounts billed outside the rate or budget (D.8, Bremerhaven § 39). */
  zusatzleistungen: { text: string; quelle: string } | null;
  /** Set when a deadline rule's interval can be agreed in the Hilfeplan (Bremerhaven reports): its default. */
  berichtsintervall: { regel: string; monate: number; quelle: string } | null;
  /** Where each legal basis of the list comes from, for the message when another one is sent. */
  rechtsgrundlageQuelle: string;
}

let geladen: KatalogEintrag[] | undefined;

/** The catalogue's Leistungen, read once: the catalogue is data shipped with the code. */
export function katalog(): KatalogEintrag[] {
  geladen ??= [...ladeLeistungen().values()].map((l) => ({
    id: l.id,
    titel: l.titel,
    rechtsgrundlage: l.rechtsgrundlage.map((r) => r.norm),
    varianten: l.varianten.map((v) => ({ id: v.id, titel: v.titel })),
    stationaer: l.betreuungsform?.art === 'stationaer',
    anschluss: l.anschluss
      ? {
          text: l.anschluss.text,
          quelle: l.anschluss.quelle,
          herkunft: l.anschluss.herkunft.map((h) => ({
            id: h.id,
            text: h.text,
            erlaeuterungNoetig: h.erlaeuterungNoetig ?? false,
          })),
        }
      : null,
    zusatzleistungen: l.zusatzleistungen ?? null,
    berichtsintervall: berichtsintervall(l.id),
    rechtsgrundlageQuelle: [...new Set(l.rechtsgrundlage.map((r) => r.quelle))].join('; '),
  }));
  return geladen;
}

export function katalogEintrag(id: string): KatalogEintrag | undefined {
  return katalog().find((e) => e.id === id);
}

function berichtsintervall(leistung: string): KatalogEintrag['berichtsintervall'] {
  const regel = fristenkataloge()
    .get(leistung)
    ?.regeln.find((r) => r.intervallNachVereinbarung);
  return regel ? { regel: regel.id, monate: regel.menge ?? 6, quelle: regel.quelle } : null;
}
