import type { Datenbank } from '@hilfewerk/db';

/** How long a counted total is reused when nothing was changed through this server. */
const GUELTIG_MS = 5_000;
const MAX_EINTRAEGE = 10_000;

/**
 * Totals of case lists (the x-gesamtzahl header), per user and filter, for a few seconds.
 *
 * Counting every case a user reaches runs the row-level-security policies on each of them, and
 * on a list of thousands that is most of the request's cost. The page itself is always read
 * fresh; only the total may lag. Every state-changing request through this server makes all
 * stored totals stale (`veralte`, at its start and again before its answer is sent), so a user
 * who creates a case sees the new total at once; changes made elsewhere (another server
 * instance, the CLI) show within GUELTIG_MS. The key contains the user, so a total never
 * crosses from one user's scope to another's.
 */
export class Zaehlungen {
  #stand = 0;
  readonly #eintraege = new Map<string, { n: Promise<number>; stand: number; bis: number }>();

  /** Read before the transaction that counts; a total is only reused under the same state. */
  stand(): number {
    return this.#stand;
  }

  /**
   * The total for `schluessel`: reused, or awaited when another request is counting it right
   * now (so an expired total is counted once, not by every request that arrives meanwhile),
   * or `undefined` when the caller must count and hand the result to `merke`.
   */
  hole(schluessel: string, stand: number): Promise<number> | undefined {
    const e = this.#eintraege.get(schluessel);
    if (!e || e.stand !== stand || e.stand !== this.#stand || e.bis < Date.now()) return undefined;
    return e.n;
  }

  /** Registers the caller's count under way; `n` may fail, and is then forgotten. */
  merke(schluessel: string, stand: number, n: Promise<number>): void {
    if (stand !== this.#stand) return;
    if (this.#eintraege.size >= MAX_EINTRAEGE) this.#eintraege.clear();
    const eintrag = { n, stand, bis: Date.now() + GUELTIG_MS };
    this.#eintraege.set(schluessel, eintrag);
    n.then(
      () => {
        eintrag.bis = Date.now() + GUELTIG_MS;
      },
      () => {
        if (this.#eintraege.get(schluessel) === eintrag) this.#eintraege.delete(schluessel);
      },
    );
  }

  /** Something may have changed: no stored total is used again. */
  veralte(): void {
    this.#stand++;
    this.#eintraege.clear();
  }
}

const jeDatenbank = new WeakMap<Datenbank, Zaehlungen>();

/** The totals of one database (one per application instance in tests that run several). */
export function zaehlungenFuer(db: Datenbank): Zaehlungen {
  let z = jeDatenbank.get(db);
  if (!z) {
    z = new Zaehlungen();
    jeDatenbank.set(db, z);
  }
  return z;
}
