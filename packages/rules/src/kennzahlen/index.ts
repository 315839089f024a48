export * from './kennzahlen.ts';
export * from './traeger.ts';
export * from './unterdrueckung.ts';
