import { existsSync } from 'node:fs';
import { EingabeFehler } from '@hilfewerk/rules';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { protokolliereVerweigerung } from '../audit/verweigerung.ts';
import { HttpFehler } from '../fehler.ts';
import { datenbankStoerung, neueFehlerId, protokollierbar, ungueltigerWert } from './datenbankfehler.ts';

/** Fastify's own refusals of a request, answered in German. */
const FASTIFY_FEHLER: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_JSON: [400, 'Die Anfrage enthält kein gültiges JSON.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'Die Anfrage enthält kein gültiges JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'Die Anfrage ist als JSON angekündigt, aber leer.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'Die Anfrage ist zu groß.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'Dieses Format wird nicht angenommen; bitte JSON senden (Content-Type: application/json).',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    'Die angegebene Länge der Anfrage stimmt nicht mit ihrem Inhalt überein.',
  ],
  FST_ERR_BAD_URL: [400, 'Die Adresse der Anfrage ist ungültig.'],
  FST_ERR_INVALID_URL: [400, 'Die Adresse der Anfrage ist ungültig.'],
};

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
  app.setErrorHandler(async (error: FastifyError & { fehler?: string }, req, reply) => {
    if (error instanceof HttpFehler) {
      if (error.status === 403 || error.status === 404) await protokolliereVerweigerung(req, error.status);
      if ('sekunden' in error) reply.header('retry-after', String(error.sekunden));
      return reply.status(error.status).send({ fehler: error.message, ...error.zusatz });
    }
    // The one place where a rule's bad-input error becomes an answer: use cases let it pass through.
    if (error instanceof EingabeFehler) {
      const felder = Object.keys(error.felder).length > 0 ? error.felder : { eingabe: error.message };
      return reply.status(422).send({ fehler: error.message, felder });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // A malformed id in the path is a record that does not exist, not a form error.
      if (error.validationContext === 'params') {
        await protokolliereVerweigerung(req, 404);
        return reply.status(404).send({ fehler: 'Der Datensatz wurde nicht gefunden.' });
      }
      const felder: Record<string, string> = {};
      for (const v of error.validation) felder[feldname(v.instancePath)] ??= v.message ?? 'Ungültig';
      return reply.status(422).send({ fehler: 'Bitte prüfen Sie die markierten Felder.', felder });
    }
    if (error.statusCode === 429) {
      return reply.status(429).send({ fehler: error.fehler ?? 'Zu viele Anfragen. Bitte warten Sie kurz.' });
    }
    const fastifyFehler = error.code ? FASTIFY_FEHLER[error.code] : undefined;
    if (fastifyFehler) return reply.status(fastifyFehler[0]).send({ fehler: fastifyFehler[1] });
    const wert = ungueltigerWert(error);
    if (wert) return reply.status(422).send({ fehler: wert });
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
    return reply.status(500).send({
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
