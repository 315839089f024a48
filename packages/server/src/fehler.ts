/**
 * Errors a use case raises on purpose. The error plugin turns each into its HTTP status and the
 * `{ fehler, felder? }` body; every message is German and says how to fix the problem.
 */
export class HttpFehler extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly zusatz: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class NichtAngemeldet extends HttpFehler {
  constructor(message = 'Bitte melden Sie sich an.') {
    super(401, message);
  }
}

export class KeinZugriff extends HttpFehler {
  constructor(message = 'Dafür fehlt Ihrer Rolle die Berechtigung.') {
    super(403, message);
  }
}

/** Also used for other organisations' records: the answer never reveals that they exist. */
export class NichtGefunden extends HttpFehler {
  constructor(was = 'Der Datensatz') {
    super(404, `${was} wurde nicht gefunden.`);
  }
}

export class Ungueltig extends HttpFehler {
  constructor(felder: Record<string, string>, message = 'Bitte prüfen Sie die markierten Felder.') {
    super(422, message, { felder });
  }
}

/** Someone else saved first; `aktuell` lets the client show the new state beside the user's input. */
export class Konflikt extends HttpFehler {
  constructor(aktuell: unknown) {
    super(
      409,
      'Der Datensatz wurde inzwischen von jemand anderem geändert. Bitte prüfen Sie den aktuellen Stand und übernehmen Sie Ihre Eingaben erneut.',
      { aktuell },
    );
  }
}

const uhrzeit = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  minute: '2-digit',
});

export class ZuVieleVersuche extends HttpFehler {
  /**
   * @param bis when the lock ends, shown as a Berlin wall-clock time a user understands
   * @param konto whether the account is locked (else only this client address)
   */
  constructor(
    readonly sekunden: number,
    bis: Date,
    konto: boolean,
  ) {
    super(
      429,
      konto
        ? `Zu viele fehlgeschlagene Anmeldeversuche: das Konto ist gesperrt bis ${uhrzeit.format(bis)} Uhr. ` +
            'Danach können Sie es erneut versuchen.'
        : `Zu viele fehlgeschlagene Anmeldeversuche von diesem Gerät bzw. Netz: gesperrt bis ${uhrzeit.format(bis)} Uhr.`,
      { gesperrtBis: bis.toISOString() },
    );
  }
}

/** The record's state forbids the action (a request already answered, a report already sent): 409. */
export class Zustandskonflikt extends HttpFehler {
  constructor(message: string) {
    super(409, message);
  }
}

/** The public complaint form: too many complaints from one address within the hour. */
export class ZuVieleBeschwerden extends HttpFehler {
  constructor(readonly sekunden: number) {
    super(
      429,
      'Von diesem Gerät bzw. Netz sind in der letzten Stunde schon viele Beschwerden gekommen. ' +
        'Bitte versuchen Sie es in einer Stunde noch einmal oder rufen Sie uns an.',
    );
  }
}
