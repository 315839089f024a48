/** Why a backup or restore was refused; the CLI answers every one of them with exit code 2. */
export type SicherungsGrund =
  | 'datei-fehlt'
  | 'datei-vorhanden'
  | 'keine-sicherung'
  | 'beschaedigt'
  | 'neuere-version'
  | 'ziel-nicht-leer'
  | 'keine-hilfewerk-datenbank'
  | 'rechte'
  | 'einspielen'
  | 'verbindung';

/**
 * A backup or restore that was refused because of its input (file, database, permissions), with a
 * German message that says what happened, why, and what to do. Nothing was written when it is thrown:
 * no half-written backup file, no half-filled database.
 */
export class SicherungsFehler extends Error {
  override name = 'SicherungsFehler';

  constructor(
    readonly grund: SicherungsGrund,
    meldung: string,
    options?: { cause?: unknown },
  ) {
    super(meldung, options);
  }
}
