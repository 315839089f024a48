import type { FastifyInstance } from 'fastify';
import type { Kontext } from '../access/kontext.ts';
import { NichtAngemeldet } from '../fehler.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The use-case context of the logged-in user; 401 when there is none. */
    kontext(): Kontext;
  }
}

/** Hands every route the same context object, so use cases never read the request themselves. */
export function accessPlugin(app: FastifyInstance): void {
  app.decorateRequest('kontext', function (this: { auth: Kontext['auth'] | null; ip: string }) {
    if (!this.auth) throw new NichtAngemeldet();
    return { db: app.db, auth: this.auth, ip: this.ip };
  });
}
