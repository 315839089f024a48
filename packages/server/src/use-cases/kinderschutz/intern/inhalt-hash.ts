import { createHash } from 'node:crypto';

/** SHA-256 over the content with sorted keys: the same content always gives the same hash. */
export function inhaltHash(wert: unknown): string {
  const stabil = (w: unknown): unknown =>
    Array.isArray(w)
      ? w.map(stabil)
      : w && typeof w === 'object'
        ? Object.fromEntries(
            Object.keys(w as object)
              .sort()
              .map((k) => [k, stabil((w as Record<string, unknown>)[k])]),
          )
        : w;
  return createHash('sha256')
    .update(JSON.stringify(stabil(wert)))
    .digest('hex');
}
