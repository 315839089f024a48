export * from './fehler.ts';
