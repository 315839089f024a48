export * from './pseudonym.ts';
export * from './ueberpruefung.ts';
export * from './verfahren.ts';
export * from './vorkommnis.ts';
