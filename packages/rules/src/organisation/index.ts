export * from './beschwerde-fristen.ts';
