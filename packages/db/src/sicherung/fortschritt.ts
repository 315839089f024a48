export interface FortschrittsMeldung {
  tabelle: string;
  /** Rows of this table done so far; at the table's last report, all of them. */
  zeilen: number;
  /** Rows of all tables. */
  gesamtZeilen: number;
  /** Rows of all tables done so far, this table's included. */
  fertigeZeilen: number;
}

/** Awaited before the work goes on, so a slow console slows the work rather than piling up. */
export type Fortschritt = (meldung: FortschrittsMeldung) => void | Promise<void>;

const SCHRITT = 50_000;

/** Reports each table when it is done, and a large table every 50,000 rows on the way. */
export function fortschrittsMelder(gesamtZeilen: number, fortschritt: Fortschritt | undefined) {
  let fertig = 0;
  let gemeldet = 0;
  return {
    async unterwegs(tabelle: string, zeilen: number): Promise<void> {
      if (!fortschritt || zeilen - gemeldet < SCHRITT) return;
      gemeldet = zeilen;
      await fortschritt({ tabelle, zeilen, gesamtZeilen, fertigeZeilen: fertig + zeilen });
    },
    async fertig(tabelle: string, zeilen: number): Promise<void> {
      fertig += zeilen;
      gemeldet = 0;
      await fortschritt?.({ tabelle, zeilen, gesamtZeilen, fertigeZeilen: fertig });
    },
  };
}
