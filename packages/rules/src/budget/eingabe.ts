import { z } from 'zod';
import { alsDatum } from '../datum/tag.ts';
import { EingabeFehler } from '../fehler.ts';

/** Money as the CLI takes it: a non-negative decimal string with exactly two places. */
const geldMuster = /^\d+\.\d{2}$/;

const nichtNegativ = 'darf nicht negativ sein (erlaubt: 0 oder mehr)';

const stunden = z.number().min(0, nichtNegativ).default(0);

const stellenSchema = z.array(
  z.object({
    art: z.enum(['fachkraft', 'semiprofessionell'], {
      error: 'unbekannte Art; erlaubt sind "fachkraft" und "semiprofessionell"',
    }),
    vk: z.number().min(0, nichtNegativ),
    jahresstundenVk: z.number().min(0, nichtNegativ),
  }),
);

export const budgetEingabeSchema = z.object({
  gesamtbudget: z
    .string()
    .refine((s) => !s.trim().startsWith('-'), { error: nichtNegativ, abort: true })
    .regex(geldMuster, 'muss ein Betrag mit genau zwei Nachkommastellen sein, z. B. "9000000.00"'),
  beginn: z.string().refine((s) => alsDatum(s) !== undefined, 'muss ein gültiges Datum JJJJ-MM-TT sein'),
  monate: z
    .number()
    .int('muss eine ganze Zahl sein')
    .min(1, 'muss mindestens 1 sein')
    .max(600, 'darf höchstens 600 sein')
    .optional(),
  direktanteil: z
    .number()
    .gt(0, 'muss größer als 0 sein (erlaubt: über 0 bis 1)')
    .lte(1, 'darf höchstens 1 sein (erlaubt: über 0 bis 1)')
    .optional(),
  stellen: stellenSchema,
  /**
   * Dated changes of the staff plan ("mit Inkrafttreten übernommen"): from `ab` on, `stellen` replaces the whole
   * plan; the quarters before keep the plan they had. Ascending, each after the budget's start.
   */
  stellenaenderungen: z
    .array(
      z.object({
        ab: z.string().refine((s) => alsDatum(s) !== undefined, 'muss ein gültiges Datum JJJJ-MM-TT sein'),
        stellen: stellenSchema,
        grund: z.string().optional(),
      }),
    )
    .optional(),
  quartale: z
    .array(
      z.object({
        quartal: z
          .string()
          .regex(/^\d{4}-Q[1-4]$/, 'muss die Form JJJJ-Qn haben (n = 1 bis 4), z. B. "2025-Q1"'),
        direktstunden: z.object({ fachkraft: stunden, semiprofessionell: stunden }),
      }),
    )
    .default([]),
  basisleistung: z.object({ stunden: z.number().gt(0, 'muss größer als 0 sein') }).optional(),
});

export type BudgetEingabe = z.infer<typeof budgetEingabeSchema>;

/** The clause of the Bremerhaven model project behind each top-level field, so every message can name it. */
const klausel: Record<string, string> = {
  gesamtbudget: 'Modellprojekt Bremerhaven, II.1 Finanzierung: Trägerbudget, monatlich im Voraus ausgezahlt',
  beginn: 'Modellprojekt Bremerhaven, II.4 Zeitdauer',
  monate: 'Modellprojekt Bremerhaven, II.4 Zeitdauer (fünf Jahre = 60 Monate)',
  direktanteil: 'Modellprojekt Bremerhaven, II.5: 80 % direkte Zeiten',
  stellen: 'Modellprojekt Bremerhaven, II.5: Stunden „am Klient“ aus der effektiven Jahresarbeitszeit',
  stellenaenderungen:
    'Modellprojekt Bremerhaven, II.5: tarifliche oder gesetzliche Änderungen der Arbeitszeit werden mit Inkrafttreten übernommen',
  quartale: 'Modellprojekt Bremerhaven, II.5 und II.7: Stundencontrolling je Quartal',
  basisleistung: 'Modellprojekt Bremerhaven, II.5: Umsteuerungseffekt gegenüber der Leistung vor dem Budget',
};

export function klauselFuer(feld: string): string {
  return klausel[feld.split(/[.[]/)[0]] ?? 'Modellprojekt Bremerhaven';
}

export function feldPfad(pfad: readonly PropertyKey[]): string {
  return pfad
    .map((teil, i) => (typeof teil === 'number' ? `[${teil}]` : i === 0 ? String(teil) : `.${String(teil)}`))
    .join('');
}

/** Generic German wording for zod's own issues (missing fields, wrong types). */
function allgemeineMeldung(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'fehlt';
    const typ: Record<string, string> = {
      number: 'eine Zahl',
      string: 'ein Text',
      object: 'ein Objekt',
      array: 'eine Liste',
    };
    return `muss ${typ[issue.expected] ?? issue.expected} sein`;
  }
  return undefined;
}

export function pruefeEingabe(eingabe: unknown): BudgetEingabe {
  if (typeof eingabe !== 'object' || eingabe === null || Array.isArray(eingabe)) {
    throw new EingabeFehler('Die Eingabe muss ein JSON-Objekt sein (siehe docs/cli.md, hilfewerk budget).');
  }
  const ergebnis = budgetEingabeSchema.safeParse(eingabe, { error: allgemeineMeldung });
  if (ergebnis.success) return ergebnis.data;
  const [issue] = ergebnis.error.issues;
  const feld = feldPfad(issue.path);
  throw new EingabeFehler(
    `${feld || 'Eingabe'}: ${issue.message} (${klauselFuer(feld)}).`,
    feld || undefined,
  );
}
