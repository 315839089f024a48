import type { Datenbank } from '@hilfewerk/db';
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    db: Datenbank;
  }
}

/** Makes the database reachable from routes; opening and closing it is the caller's job. */
export function dbPlugin(app: FastifyInstance, db: Datenbank): void {
  app.decorate('db', db);
}
