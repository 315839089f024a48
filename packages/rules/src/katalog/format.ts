import type { z } from 'zod';

/** `2023-01-01` → `01.01.2023`, the form German messages use. */
export function datumDe(iso: string): string {
  const [jahr, monat, tag] = iso.split('-');
  return `${tag}.${monat}.${jahr}`;
}

/** Zod issues as `pfad: Meldung` lines, so a lint or input message points at the exact field. */
export function zodMeldungen(fehler: z.ZodError): string[] {
  return fehler.issues.map((issue) => {
    const pfad = issue.path.map(String).join('.');
    return pfad ? `${pfad}: ${issue.message}` : issue.message;
  });
}
