export * from './aufbewahrung.ts';
