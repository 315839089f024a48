export * from './berechtigungen.ts';
export * from './beschriftungen.ts';
export * from './enums.ts';
export * from './schemas/index.ts';
