import type { FastifyInstance } from 'fastify';

/**
 * A request announced as JSON but with no body at all (`Content-Type: application/json`, `Content-Length: 0`) is
 * treated like one without a body: many HTTP clients send the header on every request, also for actions that take
 * no input (`POST /api/berichte/:id/senden`). A route that needs a body still answers 422 naming it; only a
 * chunked empty body keeps Fastify's 400.
 */
export function leererKoerperPlugin(app: FastifyInstance): void {
  app.addHook('preParsing', async (req, _reply, payload) => {
    const kopf = req.raw.headers;
    if (
      kopf['content-length'] === '0' &&
      kopf['transfer-encoding'] === undefined &&
      /^application\/json\b/i.test(kopf['content-type'] ?? '')
    ) {
      delete kopf['content-type'];
    }
    return payload;
  });
}
