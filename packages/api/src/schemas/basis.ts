/**
 * Building blocks of every endpoint's schemas. Response schemas describe exactly what the server sends:
 * the zod type provider serialises through them, so a field missing here never reaches the client.
 */
import { z } from 'zod';

/** The one error body of the whole API. */
export const fehlerAntwort = z
  .object({
    fehler: z.string(),
    /** One message per field (400/422). */
    felder: z.record(z.string(), z.string()).optional(),
    /** 409: the record as it is now, to show beside the user's input. */
    aktuell: z.unknown().optional(),
    /** 5xx: the number that is also in the server log. */
    fehlerId: z.string().optional(),
    /** 429 after failed logins: when the lock ends (ISO timestamp). */
    gesperrtBis: z.string().optional(),
  })
  .meta({ id: 'Fehler' });
export type FehlerAntwort = z.infer<typeof fehlerAntwort>;

/** Spread into every route's `response`: each 4xx and 5xx answer has the error body. */
export const fehler = { '4xx': fehlerAntwort, '5xx': fehlerAntwort } as const;

/** 204: no body. */
export const leer = z.null().describe('Kein Inhalt');

/**
 * A file download (PDF, XLSX, XML, CSV, iCalendar): documented by its media type and sent as it is —
 * Fastify never serialises a Buffer or a text of another media type through the schema.
 */
export const datei = (typ: string, beschreibung: string) => ({
  description: beschreibung,
  content: { [typ]: { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
});

/** A calendar day as ISO text, JJJJ-MM-TT. */
export const tag = z.string().describe('Kalendertag JJJJ-MM-TT');
/** A point in time as ISO text. */
export const zeitpunkt = z.string().describe('Zeitpunkt (ISO 8601)');
/** A decimal amount as text with a dot, e.g. "1234.50" (no rounding on the way). */
export const betrag = z.string().describe('Dezimalzahl als Text, z. B. 1234.50');

export const bezug = z.object({ id: z.string(), name: z.string() });
