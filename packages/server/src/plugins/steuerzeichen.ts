import type { FastifyInstance } from 'fastify';

/** Control characters that no form produces and PostgreSQL cannot store (NUL) or that hide text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const VERBOTEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function suche(wert: unknown, pfad: string, gefunden: Record<string, string>): void {
  if (typeof wert === 'string') {
    if (VERBOTEN.test(wert))
      gefunden[pfad || 'anfrage'] =
        'Der Text enthält ein unzulässiges Steuerzeichen (z. B. ein Null-Zeichen). Bitte den Text neu eingeben oder ohne Formatierung einfügen.';
  } else if (Array.isArray(wert)) {
    for (const [i, w] of wert.entries()) suche(w, `${pfad}.${i}`.replace(/^\./, ''), gefunden);
  } else if (wert && typeof wert === 'object') {
    for (const [k, w] of Object.entries(wert)) suche(w, `${pfad}.${k}`.replace(/^\./, ''), gefunden);
  }
}

/**
 * Refuses control characters in any body field, query or path parameter before validation, with a
 * 422 naming the field: tabs and line breaks stay allowed, a NUL byte would otherwise reach the
 * database and fail there as a 500.
 */
export function steuerzeichenPlugin(app: FastifyInstance): void {
  app.addHook('preValidation', async (req, reply) => {
    const felder: Record<string, string> = {};
    suche(req.body, '', felder);
    suche(req.query, '', felder);
    suche(req.params, '', felder);
    if (Object.keys(felder).length > 0) {
      return reply.status(422).send({ fehler: 'Bitte prüfen Sie die markierten Felder.', felder });
    }
  });
}
