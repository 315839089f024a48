import type { z } from 'zod';

/** Zod issues as `pfad: Meldung` lines, so a lint or input message points at the exact field. */
export function zodMeldungen(fehler: z.ZodError): string[] {
  return fehler.issues.map((issue) => {
    const pfad = issue.path.map(String).join('.');
    return pfad ? `${pfad}: ${issue.message}` : issue.message;
  });
}
