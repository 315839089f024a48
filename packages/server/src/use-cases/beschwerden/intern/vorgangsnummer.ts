// No 0/O/1/I/L: the number is read out on the phone.
const ZEICHEN = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** `B-XXXX-XXXX`, random rather than counted: it must not tell how many complaints there are. */
export function vorgangsnummer(zufall: (max: number) => number): string {
  const z = Array.from({ length: 8 }, () => ZEICHEN[zufall(ZEICHEN.length)]).join('');
  return `B-${z.slice(0, 4)}-${z.slice(4)}`;
}
