/** Checks the form can make before asking the server; the server's own checks stay authoritative. */
export const pflichtfeld = (meldung: string) => (wert: unknown) =>
  typeof wert === 'string' ? (wert.trim() ? null : meldung) : wert ? null : meldung;
