import { ladeLeistungen } from '@hilfewerk/rules';

/**
 * One catalogue Leistung as the API shows it: like `hilfewerk katalog` (docs/cli.md), but each variant
 * carries its title, so the web app never has to guess one from an id.
 */
export interface KatalogEintrag {
  id: string;
  titel: string;
  rechtsgrundlage: string[];
  varianten: { id: string; titel: string }[];
}

let geladen: KatalogEintrag[] | undefined;

/** The catalogue's Leistungen, read once: the catalogue is data shipped with the code. */
export function katalog(): KatalogEintrag[] {
  geladen ??= [...ladeLeistungen().values()].map((l) => ({
    id: l.id,
    titel: l.titel,
    rechtsgrundlage: l.rechtsgrundlage.map((r) => r.norm),
    varianten: l.varianten.map((v) => ({ id: v.id, titel: v.titel })),
  }));
  return geladen;
}

export function katalogEintrag(id: string): KatalogEintrag | undefined {
  return katalog().find((e) => e.id === id);
}
