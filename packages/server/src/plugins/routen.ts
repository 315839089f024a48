import type { FastifyInstance, FastifySchema, HTTPMethods } from 'fastify';

export interface Route {
  methode: HTTPMethods;
  pfad: string;
  schema: FastifySchema | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route as registered (with its schema), so a test can hold each to the contract. */
    routen: readonly Route[];
  }
}

/**
 * Keeps the list of registered routes. Must be set up before the first route: Fastify tells
 * `onRoute` hooks only about routes added after them.
 */
export function routenPlugin(app: FastifyInstance): void {
  const routen: Route[] = [];
  app.decorate('routen', routen);
  app.addHook('onRoute', (r) => {
    for (const methode of [r.method].flat()) routen.push({ methode, pfad: r.url, schema: r.schema });
  });
}
