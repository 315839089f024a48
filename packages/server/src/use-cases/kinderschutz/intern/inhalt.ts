import type { SchrittArt } from '@hilfewerk/rules';
import { z } from 'zod';
import { Ungueltig } from '../../../fehler.ts';

const text = (was: string, max = 20_000) =>
  z
    .string({ error: `Bitte ${was} angeben.` })
    .trim()
    .min(1, `Bitte ${was} angeben.`)
    .max(max, `Höchstens ${max} Zeichen.`);
const tag = z.iso.date({ error: 'Bitte ein Datum im Format JJJJ-MM-TT angeben.' });

/**
 * What each step must contain, so that years later the record shows who assessed, who advised, who was
 * involved or why not, what was agreed, and why the Jugendamt was told.
 */
export const INHALT = {
  gefaehrdungseinschaetzung: z.object({
    beteiligte: z
      .array(text('den Namen der beteiligten Fachkraft', 200), {
        error: 'Bitte die beteiligten Fachkräfte nennen.',
      })
      .min(
        2,
        'Die Einschätzung erfolgt im Zusammenwirken mehrerer Fachkräfte (§ 8a Abs. 4 SGB VIII): mindestens zwei.',
      ),
    einschaetzung: z.enum(
      ['keine-gefaehrdung', 'gefaehrdung-nicht-auszuschliessen', 'gefaehrdung', 'akute-gefaehrdung'],
      {
        error:
          'Bitte die Einschätzung wählen: keine Gefährdung, nicht auszuschließen, Gefährdung oder akute Gefährdung.',
      },
    ),
    begruendung: text('die Begründung der Einschätzung'),
  }),
  'iefk-beratung': z.object({
    beraterin: text('die insoweit erfahrene Fachkraft', 200),
    empfehlung: text('die Empfehlung der Beratung'),
  }),
  einbeziehung: z
    .object({
      sorgeberechtigte: z.boolean({ error: 'Bitte angeben, ob die Sorgeberechtigten einbezogen wurden.' }),
      kind: z.boolean({ error: 'Bitte angeben, ob das Kind oder der/die Jugendliche einbezogen wurde.' }),
      ergebnis: z.string().trim().max(20_000).optional(),
      unterbliebenGrund: z.string().trim().max(20_000).optional(),
    })
    .superRefine((e, ctx) => {
      if ((!e.sorgeberechtigte || !e.kind) && !e.unterbliebenGrund) {
        ctx.addIssue({
          code: 'custom',
          path: ['unterbliebenGrund'],
          message:
            'Unterbleibt die Einbeziehung, ist der Grund festzuhalten: warum sie den wirksamen Schutz in Frage stellen würde (§ 8a Abs. 4 Satz 1 Nr. 3 SGB VIII).',
        });
      }
      if ((e.sorgeberechtigte || e.kind) && !e.ergebnis) {
        ctx.addIssue({
          code: 'custom',
          path: ['ergebnis'],
          message: 'Bitte das Ergebnis des Gesprächs festhalten.',
        });
      }
    }),
  schutzplan: z.object({
    vereinbarungen: z
      .array(z.object({ was: text('die Vereinbarung', 2000), wer: text('wer sie umsetzt', 200), bis: tag }), {
        error: 'Bitte mindestens eine Vereinbarung festhalten.',
      })
      .min(1, 'Bitte mindestens eine Vereinbarung festhalten.'),
    ueberpruefungAm: tag,
  }),
  'mitteilung-jugendamt': z.object({
    gefaehrdung: text('die gewichtigen Anhaltspunkte und die eingeschätzte Gefährdung'),
    bisherigeMassnahmen: text('die bisherigen Hilfen und Schutzmaßnahmen'),
    begruendung: text('warum die Gefährdung mit den eigenen Hilfen nicht abgewendet werden kann'),
    sorgeberechtigteInformiert: z.boolean({
      error: 'Bitte angeben, ob die Sorgeberechtigten über die Mitteilung informiert wurden.',
    }),
    ansprechperson: text('die Ansprechperson beim Träger', 200),
  }),
  abschluss: z.object({
    ergebnis: z.enum(['gefaehrdung-abgewendet', 'keine-gefaehrdung', 'an-jugendamt-uebergeben'], {
      error:
        'Bitte das Ergebnis wählen: Gefährdung abgewendet, keine Gefährdung oder an das Jugendamt übergeben.',
    }),
    begruendung: text('die Begründung des Abschlusses'),
  }),
} satisfies Record<SchrittArt, z.ZodType>;

/** The step's content checked against its art; 422 with one message per field (`inhalt.<feld>`). */
export function pruefeInhalt(art: SchrittArt, inhalt: unknown): Record<string, unknown> {
  const r = INHALT[art].safeParse(inhalt ?? {});
  if (r.success) return r.data as Record<string, unknown>;
  const felder: Record<string, string> = {};
  for (const f of r.error.issues) {
    const pfad = ['inhalt', ...f.path.map(String)].join('.');
    felder[pfad] ??= f.message;
  }
  throw new Ungueltig(felder, 'Der Schritt ist unvollständig; bitte prüfen Sie die markierten Felder.');
}
