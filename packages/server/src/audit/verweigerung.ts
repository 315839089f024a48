import type { FastifyRequest } from 'fastify';
import { txKontext } from '../access/kontext.ts';
import { schreibeAudit } from './schreibe-audit.ts';

/**
 * Routes of social data: a refused request on them is a row in the Protokoll, so Leitung sees who
 * tried to open a file they may not. Other refusals (an invoice list for a Fachkraft) are not logged.
 */
const SOZIALDATEN = [
  '/api/faelle',
  '/api/kinderschutz',
  '/api/beschwerden',
  '/api/berichte',
  '/api/posteingang',
  '/api/anfragen',
  '/api/hilfeplan',
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function istSozialdatenRoute(route: string): boolean {
  return SOZIALDATEN.some((p) => route === p || route.startsWith(`${p}/`));
}

/**
 * Writes the row of a refused request in its own transaction (the use case's one has rolled back).
 * Without a session nobody is known and nothing is written; a failure here never changes the answer.
 */
export async function protokolliereVerweigerung(req: FastifyRequest, status: number): Promise<void> {
  const auth = req.auth;
  const route = req.routeOptions.url ?? '';
  if (!auth || !route || !istSozialdatenRoute(route) || route === '/api/beschwerden/oeffentlich') return;
  const params = (req.params ?? {}) as Record<string, unknown>;
  const id = Object.values(params).find((v): v is string => typeof v === 'string' && UUID.test(v)) ?? null;
  try {
    await req.server.db.withTx(txKontext(auth), (tx) =>
      schreibeAudit(
        tx,
        { auth, ip: req.ip },
        {
          aktion: 'verweigern',
          ressource: 'zugriff',
          ressourceId: id,
          methode: req.method,
          route,
          status,
        },
      ),
    );
  } catch (error) {
    req.log.warn({ err: error }, 'Verweigerter Zugriff konnte nicht protokolliert werden');
  }
}
