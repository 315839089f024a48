export * from './abrechnung/index.ts';
export * from './budget/index.ts';
export * from './datum/index.ts';
export * from './fehler.ts';
export * from './fristen/index.ts';
export * from './kalkulation/index.ts';
export * from './katalog/index.ts';
export * from './organisation/index.ts';
