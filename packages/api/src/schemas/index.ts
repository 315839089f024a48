export * from './abrechnung.ts';
export * from './basis.ts';
export * from './faelle.ts';
export * from './felder.ts';
export * from './fristen.ts';
export * from './kalkulation.ts';
export * from './leistungen.ts';
export * from './stammdaten.ts';
