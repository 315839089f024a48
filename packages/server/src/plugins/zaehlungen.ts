import type { FastifyInstance } from 'fastify';
import { zaehlungenFuer } from '../use-cases/faelle/intern/zaehlungen.ts';

const SICHER = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every state-changing request makes the stored list totals stale: once when it starts and
 * once after its transaction, before the answer leaves — so no total counted in between is
 * reused, and a client that has its answer never sees an old total.
 */
export function zaehlungenPlugin(app: FastifyInstance): void {
  const zaehlungen = zaehlungenFuer(app.db);
  app.addHook('onRequest', async (req) => {
    if (!SICHER.has(req.method)) zaehlungen.veralte();
  });
  app.addHook('onSend', async (req) => {
    if (!SICHER.has(req.method)) zaehlungen.veralte();
  });
}
