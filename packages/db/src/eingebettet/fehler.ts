/** The embedded database could not be started or used; the message says what to do. */
export class EingebetteteDatenbankFehler extends Error {}

/** The data folder holds the retired PGlite database: refused, the user has to act. */
export class PgliteDatenordner extends EingebetteteDatenbankFehler {}
