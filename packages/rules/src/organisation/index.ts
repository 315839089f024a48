export * from './beschwerde-fristen.ts';
export * from './beschwerde-statistik.ts';
export * from './besetzung.ts';
export * from './schulung.ts';
