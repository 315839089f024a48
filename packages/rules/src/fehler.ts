/**
 * Bad input that a user can fix: the message says what is wrong, the allowed range and the clause.
 * The CLI turns it into exit code 2 (message on stderr), the API into HTTP 422.
 */
export class EingabeFehler extends Error {
  /** JSON path of the offending field, e.g. `auslastung` or `stellen[1].vk`. */
  readonly feld: string | undefined;
  /**
   * One message per offending field when the input has several problems at once (a form marks each
   * field); `feld` and `message` still name the first and all of them.
   */
  readonly felder: Record<string, string>;

  constructor(message: string, feld?: string, felder?: Record<string, string>) {
    super(message);
    this.name = 'EingabeFehler';
    this.feld = feld;
    this.felder = felder ?? (feld ? { [feld]: message } : {});
  }
}
