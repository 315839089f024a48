export * from './kennzahlen.ts';
