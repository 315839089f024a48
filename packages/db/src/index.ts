export * from './client.ts';
export * from './dauerhaftigkeit.ts';
export * from './eingebettet/index.ts';
export * from './migrate.ts';
export * as schema from './schema/index.ts';
export * from './schema/index.ts';
export * from './sicherung/index.ts';
export * from './verteilung.ts';
export * from './verteilung-pruefung.ts';
