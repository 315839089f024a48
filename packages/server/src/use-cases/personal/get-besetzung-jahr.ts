import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { besetzungInMonaten } from './intern/besetzung-monate.ts';

/**
 * Required against actual VK of each Leistung in each month of a year, for the chart on the staffing page;
 * each month carries the verdict and the conditions not met with their source.
 */
export async function getBesetzungJahr(k: Kontext, jahr: number) {
  requireAccess(k, 'besetzung', 'lesen');
  const monate = Array.from({ length: 12 }, (_, i) => `${jahr}-${String(i + 1).padStart(2, '0')}`);
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const je = await besetzungInMonaten(tx, k.auth.organisation.id, monate);
    const leistungen = [...new Set(je.flat().map((b) => b.leistung))].sort();
    return leistungen.map((leistung) => {
      const zeilen = je.map((m) => m.find((b) => b.leistung === leistung));
      return {
        leistung,
        titel: zeilen.find((b) => b)?.titel ?? leistung,
        monate: zeilen.map((b, i) => ({
          monat: monate[i],
          sollVk: b?.sollVk ?? null,
          istVk: b?.istVk ?? 0,
          erfuellt: b?.erfuellt ?? null,
          nichtErfuellt: (b?.zeilen ?? []).filter((z) => !z.erfuellt).map((z) => `${z.text} (${z.quelle})`),
        })),
      };
    });
  });
}
