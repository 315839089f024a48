/**
 * Bad input that a user can fix: the message says what is wrong, the allowed range and the clause.
 * The CLI turns it into exit code 2 (message on stderr), the API into HTTP 422.
 */
export class EingabeFehler extends Error {
  /** JSON path of the offending field, e.g. `auslastung` or `stellen[1].vk`. */
  readonly feld: string | undefined;

  constructor(message: string, feld?: string) {
    super(message);
    this.name = 'EingabeFehler';
    this.feld = feld;
  }
}
