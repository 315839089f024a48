import { createHash } from 'node:crypto';

/**
 * Keys of the failed-login counters, hashed so the table holds no e-mail or address in clear: one
 * per account (five tries from each of many addresses must not add up to many guesses), one per address.
 */
export const kontoSchluessel = (email: string): string =>
  createHash('sha256').update(`konto|${email.trim().toLowerCase()}`).digest('hex');

export const adressSchluessel = (ip: string): string =>
  createHash('sha256').update(`adresse|${ip}`).digest('hex');

/**
 * When a lock on a counter ends (ms), given its failures in the window, oldest first: `max`
 * failures lock until the oldest of the last `max` leaves the window. 0 when not locked.
 */
export function gesperrtBis(zeitpunkte: Date[], max: number, sperrMinuten: number): number {
  return zeitpunkte.length >= max ? zeitpunkte[zeitpunkte.length - max].getTime() + sperrMinuten * 60_000 : 0;
}
