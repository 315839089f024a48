export * from './dateityp.ts';
