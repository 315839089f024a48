import { existsSync } from 'node:fs';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HttpFehler } from '../fehler.ts';
import { datenbankStoerung, neueFehlerId, protokollierbar } from './datenbankfehler.ts';

function feldname(pfad: string): string {
  return pfad.replace(/^\//, '').replaceAll('/', '.') || 'anfrage';
}

/**
 * One error format for the whole API: `{ fehler, felder? }` with German messages.
 * Unknown errors answer 500 with an error id and no details; the log line carries the same id and
 * the stack, but neither the request body nor the error message (a failed query's parameters).
 * A database that is full or unavailable answers 507/503.
 */
export function errorsPlugin(app: FastifyInstance, webDist: string | undefined): void {
  app.setErrorHandler((error: FastifyError & { fehler?: string }, req, reply) => {
    if (error instanceof HttpFehler) {
      if ('sekunden' in error) reply.header('retry-after', String(error.sekunden));
      return reply.status(error.status).send({ fehler: error.message, ...error.zusatz });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // A malformed id in the path is a record that does not exist, not a form error.
      if (error.validationContext === 'params') {
        return reply.status(404).send({ fehler: 'Der Datensatz wurde nicht gefunden.' });
      }
      const felder: Record<string, string> = {};
      for (const v of error.validation) felder[feldname(v.instancePath)] ??= v.message ?? 'Ungültig';
      return reply.status(422).send({ fehler: 'Bitte prüfen Sie die markierten Felder.', felder });
    }
    if (error.statusCode === 429) {
      return reply.status(429).send({ fehler: error.fehler ?? 'Zu viele Anfragen. Bitte warten Sie kurz.' });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return reply.status(400).send({ fehler: 'Die Anfrage enthält kein gültiges JSON.' });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply
        .status(error.statusCode)
        .send({ fehler: `Ungültige Anfrage (${error.code ?? error.statusCode}).` });
    }
    const fehlerId = neueFehlerId();
    const stoerung = datenbankStoerung(error);
    req.log.error(
      { fehlerId, ...protokollierbar(error) },
      stoerung ? 'Datenbank nicht verfügbar' : 'Unerwarteter Fehler',
    );
    if (stoerung) {
      if (stoerung.status === 503) reply.header('retry-after', '30');
      return reply.status(stoerung.status).send({ fehler: stoerung.fehler, fehlerId });
    }
    return reply
      .status(500)
      .send({
        fehler: `Interner Fehler (Fehlernummer ${fehlerId}). Bitte versuchen Sie es später erneut.`,
        fehlerId,
      });
  });

  // Unknown API paths answer JSON; any other GET is a client-side route of the web app.
  app.setNotFoundHandler((req, reply) => {
    if (
      !req.url.startsWith('/api/') &&
      req.method === 'GET' &&
      webDist &&
      existsSync(`${webDist}/index.html`)
    ) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({ fehler: 'Diese Adresse gibt es nicht.' });
  });
}
