import { HttpFehler } from '../../../fehler.ts';

/**
 * A refused single sign-on. The callback is a browser navigation, not a fetch: the route answers with
 * a German page, not JSON. `protokoll` is a technical reason for the server log, never personal data.
 */
export class SsoAbgewiesen extends HttpFehler {
  constructor(
    status: number,
    message: string,
    readonly protokoll: string,
  ) {
    super(status, message);
  }
}
