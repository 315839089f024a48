import { AUDIT_AKTIONEN_TEXT, AUDIT_RESSOURCEN_TEXT } from '@hilfewerk/api';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { type AuditFilter, auditBedingung, ladeAuditZeilen } from './intern/audit-abfrage.ts';

/** More rows than this is a backup, not an export: `hilfewerk sicherung` is the tool for that. */
export const CSV_HOECHSTENS = 50_000;

const zeitFormat = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'Europe/Berlin',
});

/** A CSV field: quoted when it holds a separator, quote or line break; a leading =+-@ made inert. */
function feld(wert: string): string {
  const sicher = /^[=+\-@]/.test(wert) ? `'${wert}` : wert;
  return /[;"\n\r]/.test(sicher) ? `"${sicher.replaceAll('"', '""')}"` : sicher;
}

const label = (texte: Record<string, string>, code: string) => texte[code] ?? code;

/**
 * GET /api/audit.csv: the filtered log as CSV for Excel (semicolon, UTF-8 with BOM), with labels, record
 * names and the changes "alt → neu". Exporting the log is itself a row of the log.
 */
export async function exportAuditCsv(k: Kontext, f: Omit<AuditFilter, 'seite' | 'proSeite'>) {
  requireAccess(k, 'audit', 'lesen');
  const wo = auditBedingung(k, f);
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const zeilen = await ladeAuditZeilen(tx, wo, CSV_HOECHSTENS, 0);
    await schreibeAudit(tx, k, {
      aktion: 'exportieren',
      ressource: 'protokoll',
      ressourceId: null,
      zeilen: zeilen.length,
    });
    const kopf = ['Nr.', 'Zeitpunkt', 'Benutzer', 'Aktion', 'Bereich', 'Datensatz', 'Änderung', 'IP-Adresse'];
    const text = zeilen.map((z) => {
      const werte = (z.details as { werte?: Record<string, { alt: unknown; neu: unknown }> } | null)?.werte;
      const aenderung = werte
        ? Object.entries(werte)
            .map(([feldname, w]) => `${feldname}: ${w.alt ?? 'leer'} → ${w.neu ?? 'leer'}`)
            .join(', ')
        : '';
      return [
        String(z.nummer),
        zeitFormat.format(new Date(z.zeitpunkt)),
        z.benutzer?.name ?? '',
        label(AUDIT_AKTIONEN_TEXT, z.aktion),
        label(AUDIT_RESSOURCEN_TEXT, z.ressource),
        z.datensatz ?? z.ressourceId ?? '',
        aenderung,
        z.ip ?? '',
      ]
        .map(feld)
        .join(';');
    });
    return `\uFEFF${[kopf.join(';'), ...text].join('\r\n')}\r\n`;
  });
}
