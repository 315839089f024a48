import type { FastifyInstance } from 'fastify';

/** One year, with subdomains: the value the HSTS preload list expects. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Headers every answer needs whatever route wrote it:
 * - `Cache-Control: no-store` on every API answer and document (case files, PDFs, exports): no browser
 *   or proxy keeps social data on disk. The API documentation (`/api/docs`) is no social data.
 * - HSTS only when the request came over HTTPS (directly, or through a trusted proxy's
 *   `X-Forwarded-Proto`), so a plain-HTTP install on a LAN is not locked out of itself.
 */
export function kopfzeilenPlugin(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith('/api/') && !req.url.startsWith('/api/docs')) {
      reply.header('cache-control', 'no-store');
    }
    if (req.protocol === 'https') reply.header('strict-transport-security', HSTS);
    return payload;
  });
}
