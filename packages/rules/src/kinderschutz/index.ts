export * from './pseudonym.ts';
export * from './verfahren.ts';
