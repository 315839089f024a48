import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { datenbankProzess, datenbankUrl, meldeAn, starteServe } from '../test/serve-prozess.ts';

/**
 * "Acknowledged means stored": the real `hilfewerk serve` on its embedded PostgreSQL takes a burst
 * of concurrent writes and is killed with SIGKILL — Hilfewerk and its database child — in the
 * middle of it. After the restart every write that was answered 2xx is there, with its audit row.
 */
const eltern = mkdtempSync(join(tmpdir(), 'hilfewerk-absturz-'));
chmodSync(eltern, 0o755);
const daten = join(eltern, 'daten');
afterAll(() => rmSync(eltern, { recursive: true, force: true }));

const RUNDEN = 3;
const SCHREIBVORGAENGE = 300;
/** Killed once this many writes have been acknowledged: the rest are in flight or not yet sent. */
const ABBRUCH_NACH = 90;

interface Bestaetigt {
  art: 'notiz' | 'leistungseintrag';
  id: string;
}

function gestern(): string {
  const d = new Date(Date.now() - 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function fehlende(bestaetigt: Bestaetigt[]): Promise<{ zeilen: string[]; audit: string[] }> {
  const c = new pg.Client({ connectionString: datenbankUrl(daten) });
  await c.connect();
  try {
    const ids = (art: Bestaetigt['art']) => bestaetigt.filter((b) => b.art === art).map((b) => b.id);
    const da = new Set<string>();
    for (const [art, tabelle] of [
      ['notiz', 'notiz'],
      ['leistungseintrag', 'leistungseintrag'],
    ] as const) {
      const r = await c.query(`select id::text from ${tabelle} where id = any($1::uuid[])`, [ids(art)]);
      for (const z of r.rows) da.add(z.id);
    }
    const mitAudit = new Set<string>(
      (
        await c.query(
          "select ressource_id::text as id from audit where aktion = 'anlegen' and ressource_id = any($1::uuid[])",
          [bestaetigt.map((b) => b.id)],
        )
      ).rows.map((z) => z.id),
    );
    return {
      zeilen: bestaetigt.filter((b) => !da.has(b.id)).map((b) => `${b.art} ${b.id}`),
      audit: bestaetigt.filter((b) => !mitAudit.has(b.id)).map((b) => `${b.art} ${b.id}`),
    };
  } finally {
    await c.end();
  }
}

describe('Absturz mitten im Schreiben (kill -9)', () => {
  it(`verliert in ${RUNDEN} Runden keinen bestätigten Schreibvorgang und kein Protokoll dazu`, async () => {
    const alle: Bestaetigt[] = [];
    for (let runde = 1; runde <= RUNDEN; runde++) {
      const s = await starteServe({ HILFEWERK_DATA: daten, HILFEWERK_DEMO: '1' });
      // What the previous round acknowledged survived its kill and the crash recovery.
      expect(await fehlende(alle)).toEqual({ zeilen: [], audit: [] });

      const { kopf } = await meldeAn(s.url, 'fachkraft@kiju.demo');
      const faelle = (await (await fetch(`${s.url}/api/faelle`, { headers: kopf })).json()) as {
        id: string;
      }[];
      const tag = gestern();
      // Hours are recorded for Hilfen running on that day; the list also has some that ended recently.
      const hilfen = (
        (await (await fetch(`${s.url}/api/leistungen/hilfen`, { headers: kopf })).json()) as {
          hilfeId: string;
          beginn: string;
          ende: string | null;
          geplantesEnde: string | null;
        }[]
      ).filter((h) => h.beginn <= tag && (h.ende ?? h.geplantesEnde ?? '9999-12-31') >= tag);
      expect(faelle.length).toBeGreaterThan(0);
      expect(hilfen.length).toBeGreaterThan(0);

      const bestaetigt: Bestaetigt[] = [];
      let getoetet = false;
      const toete = () => {
        if (getoetet) return;
        getoetet = true;
        // Both at once, as a power cut would: the database child gets no chance to shut down.
        const { pid } = datenbankProzess(daten);
        s.prozess.kill('SIGKILL');
        process.kill(pid, 'SIGKILL');
      };
      const schreibe = async (i: number): Promise<void> => {
        const notiz = i % 2 === 0;
        const url = notiz
          ? `${s.url}/api/faelle/${faelle[i % faelle.length].id}/notizen`
          : `${s.url}/api/leistungen`;
        const body = notiz
          ? { text: `Runde ${runde}, Notiz ${i}` }
          : { datum: tag, minuten: 5, art: 'direkt', hilfeId: hilfen[i % hilfen.length].hilfeId };
        const res = await fetch(url, { method: 'POST', headers: kopf, body: JSON.stringify(body) });
        if (res.status >= 200 && res.status < 300) {
          const { id } = (await res.json()) as { id: string };
          bestaetigt.push({ art: notiz ? 'notiz' : 'leistungseintrag', id });
          if (bestaetigt.length >= ABBRUCH_NACH) toete();
        } else if (!getoetet) {
          throw new Error(`Schreibvorgang ${i} vor dem Absturz abgelehnt: ${res.status} ${await res.text()}`);
        }
      };
      const ergebnisse = await Promise.allSettled(
        Array.from({ length: SCHREIBVORGAENGE }, (_, i) => schreibe(i)),
      );
      toete();
      await s.ende;
      const abgelehnt = ergebnisse.filter((e) => e.status === 'rejected');
      // The kill cut the burst short: some writes were never answered.
      expect(abgelehnt.length).toBeGreaterThan(0);
      for (const e of abgelehnt)
        expect(String((e as PromiseRejectedResult).reason)).not.toMatch(/vor dem Absturz/);
      expect(bestaetigt.length).toBeGreaterThanOrEqual(ABBRUCH_NACH);
      alle.push(...bestaetigt);
    }
    const s = await starteServe({ HILFEWERK_DATA: daten });
    try {
      expect(await fehlende(alle)).toEqual({ zeilen: [], audit: [] });
      expect(alle.length).toBeGreaterThanOrEqual(RUNDEN * ABBRUCH_NACH);
    } finally {
      s.prozess.kill('SIGTERM');
      await s.ende;
    }
  }, 300_000);
});
