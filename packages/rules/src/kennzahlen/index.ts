export * from './auslastung.ts';
export * from './bremerhaven.ts';
export * from './definitionen.ts';
export * from './entlassungen.ts';
export * from './kennzahlen.ts';
export * from './pflichten.ts';
export * from './stunden.ts';
export * from './zeitraum.ts';
