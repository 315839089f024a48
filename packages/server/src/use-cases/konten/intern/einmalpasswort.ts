import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: the password is read off a screen and typed in by someone else.
const ZEICHEN = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random one-time password of 4 × 4 characters (about 92 bits), grouped for reading aloud. */
export function neuesEinmalpasswort(): string {
  const gruppen: string[] = [];
  for (let g = 0; g < 4; g++) {
    let gruppe = '';
    for (let i = 0; i < 4; i++) gruppe += ZEICHEN[randomInt(ZEICHEN.length)];
    gruppen.push(gruppe);
  }
  return gruppen.join('-');
}
