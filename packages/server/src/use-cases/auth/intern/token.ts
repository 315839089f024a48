import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const neuesToken = (): string => randomBytes(32).toString('base64url');

/** Sessions are stored by hash: a copy of the database does not contain usable cookies. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export function gleich(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
