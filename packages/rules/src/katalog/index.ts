export { type KatalogEintrag, ladeLeistung, ladeLeistungen, listeKatalog } from './leistung.ts';
export { lintKatalog } from './lint.ts';
export { ladeParameter, type ParameterWert, parameterWert, parameterZahl } from './parameter.ts';
export { katalogWurzel } from './pfad.ts';
export type { KalkulationsFall, Leistung, ParameterDatei } from './schema.ts';
