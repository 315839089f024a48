export * from './kennzahlen.ts';
export * from './unterdrueckung.ts';
