import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { BUNDESLAENDER } from '../datum/feiertage.ts';
import { leseIsoDatum } from '../datum/kalender.ts';

/**
 * The deadline rules of the catalogue (`catalogue/<id>/fristen.yaml`) as typed data. The engine interprets them
 * generically: a rule of one service system lives only in that system's file.
 */

const einOderMehrere = z
  .union([z.string(), z.array(z.string()).min(1)])
  .transform((w) => (Array.isArray(w) ? w : [w]));

const regelSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    titel: z.string().min(1),
    quelle: z.string().min(1),
    art: z.enum(['nach', 'vor', 'werktage', 'alle-n-monate', 'monatlich', 'stichtag', 'hilfeende-max']),
    /** The event the deadline counts from: `hilfebeginn`, `geplantesEnde` or an event `art` of the input. */
    ereignis: einOderMehrere,
    menge: z.number().int().positive().optional(),
    einheit: z.enum(['tage', 'wochen', 'monate']).optional(),
    zaehlung: z.enum(['beginn', 'ereignis']).optional(),
    tagesart: z.enum(['werktag', 'arbeitstag']).optional(),
    verschiebung: z.enum(['vorwaerts', 'rueckwaerts', 'keine']),
    /** `alle-n-monate`: the input's `berichtsintervallMonate`, when given, replaces `menge` (agreed interval). */
    intervallNachVereinbarung: z.boolean().optional(),
    /** `alle-n-monate`: only periods that end on or before the planned end. */
    nurBisGeplantesEnde: z.boolean().optional(),
    /** `hinweis: "kurzfristig"` when the event became known after the due date. */
    kurzfristigHinweis: z.boolean().optional(),
    bedingungen: z
      .object({ variante: z.array(z.string()).min(1).optional(), minderjaehrig: z.boolean().optional() })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const braucht = (feld: keyof typeof r, bei: boolean) => {
      if (bei && r[feld] === undefined) ctx.addIssue({ code: 'custom', message: `${r.id}: ${feld} fehlt` });
    };
    braucht('menge', ['nach', 'vor', 'werktage', 'alle-n-monate'].includes(r.art));
    braucht('einheit', r.art === 'nach' || r.art === 'vor');
    braucht('zaehlung', r.einheit === 'monate' || r.art === 'alle-n-monate');
    braucht('tagesart', r.art === 'werktage');
  });

const organisationsregelSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    titel: z.string().min(1),
    quelle: z.string().min(1),
    art: z.enum(['jaehrlich', 'wiederkehrend', 'nach']),
    /**
     * `jaehrlich`/`wiederkehrend`: the first due date; later ones fall `alleMonate` months after it (the
     * n-th one counted from `erstmals`, so a month end stays a month end: 31.12. → 31.01. → 28.02. → 31.03.).
     */
    erstmals: z
      .string()
      .refine((s) => leseIsoDatum(s) !== undefined)
      .optional(),
    /** `wiederkehrend`: months between two due dates (1 = monthly, 3 = four times a year). */
    alleMonate: z.number().int().min(1).max(24).optional(),
    /** `wiederkehrend`: instead of months, weeks between two due dates (supervision every 6 weeks). */
    alleWochen: z.number().int().min(1).max(52).optional(),
    /** `nach`: counts from the organisation's last report. */
    ereignis: z.literal('letzterBericht').optional(),
    menge: z.number().int().positive().optional(),
    einheit: z.enum(['tage', 'wochen', 'monate']).optional(),
    zaehlung: z.enum(['beginn', 'ereignis']).optional(),
    verschiebung: z.enum(['vorwaerts', 'rueckwaerts', 'keine']),
  })
  .strict()
  .superRefine((r, ctx) => {
    const ok =
      r.art === 'jaehrlich'
        ? r.erstmals !== undefined
        : r.art === 'wiederkehrend'
          ? r.erstmals !== undefined && (r.alleMonate === undefined) !== (r.alleWochen === undefined)
          : r.ereignis && r.menge && r.einheit;
    if (!ok) ctx.addIssue({ code: 'custom', message: `${r.id}: unvollständige Organisationsfrist` });
  });

const fristenDateiSchema = z
  .object({
    leistung: z.string(),
    bundesland: z.enum(BUNDESLAENDER),
    hilfedauer: z
      .object({
        klausel: z.string().min(1),
        quelle: z.string().min(1),
        monate: z.number().int().positive(),
        monateMitBegruendung: z.number().int().positive(),
      })
      .strict()
      .optional(),
    regeln: z.array(regelSchema),
    anwendungsregeln: z.array(regelSchema).default([]),
    organisationsfristen: z.array(organisationsregelSchema).default([]),
  })
  .strict();

export type Fristregel = z.infer<typeof regelSchema>;
export type Organisationsregel = z.infer<typeof organisationsregelSchema>;
export type Hilfedauer = NonNullable<z.infer<typeof fristenDateiSchema>['hilfedauer']>;
export type Fristenkatalog = z.infer<typeof fristenDateiSchema>;

/** Events that are fields of the Hilfe itself rather than entries of `ereignisse`. */
export const HILFE_EREIGNISSE = ['hilfebeginn', 'geplantesEnde'] as const;

/** The catalogue folder; `HILFEWERK_KATALOG` points elsewhere (tests of broken catalogues). */
export function katalogVerzeichnis(): string {
  return process.env.HILFEWERK_KATALOG ?? fileURLToPath(new URL('../../../../catalogue', import.meta.url));
}

let geladen: ReadonlyMap<string, Fristenkatalog> | undefined;

/** All `fristen.yaml` of the catalogue by Leistung id, read and validated once. */
export function fristenkataloge(): ReadonlyMap<string, Fristenkatalog> {
  if (geladen) return geladen;
  const verzeichnis = katalogVerzeichnis();
  const kataloge = new Map<string, Fristenkatalog>();
  for (const id of readdirSync(verzeichnis).sort()) {
    const datei = join(verzeichnis, id, 'fristen.yaml');
    if (!existsSync(datei)) continue;
    const ergebnis = fristenDateiSchema.safeParse(parse(readFileSync(datei, 'utf8')));
    if (!ergebnis.success) {
      throw new Error(`Katalogfehler in ${datei}: ${z.prettifyError(ergebnis.error)}`);
    }
    if (ergebnis.data.leistung !== id) {
      throw new Error(
        `Katalogfehler in ${datei}: leistung "${ergebnis.data.leistung}" passt nicht zum Ordner "${id}"`,
      );
    }
    const ids = [...ergebnis.data.regeln, ...ergebnis.data.anwendungsregeln].map((r) => r.id);
    const doppelt = ids.find((regelId, i) => ids.indexOf(regelId) !== i);
    if (doppelt) throw new Error(`Katalogfehler in ${datei}: Regel "${doppelt}" steht doppelt`);
    kataloge.set(id, ergebnis.data);
  }
  geladen = kataloge;
  return kataloge;
}

/** Event kinds an input may record: every event a rule of any Leistung counts from, except the Hilfe's own dates. */
export function erlaubteEreignisarten(): readonly string[] {
  ereignisarten ??= sammleEreignisarten();
  return ereignisarten;
}

let ereignisarten: readonly string[] | undefined;

function sammleEreignisarten(): readonly string[] {
  const arten = new Set<string>();
  for (const katalog of fristenkataloge().values()) {
    for (const regel of [...katalog.regeln, ...katalog.anwendungsregeln]) {
      for (const art of regel.ereignis) {
        if (!(HILFE_EREIGNISSE as readonly string[]).includes(art)) arten.add(art);
      }
    }
  }
  return [...arten].sort();
}

const varianten = new Map<string, readonly string[] | undefined>();

/**
 * Variants of a Leistung from its `index.yaml` (kept by the catalogue, not here), when that file lists them as ids
 * or as objects with `id`; `undefined` when it does not, and then the variant is not checked.
 */
export function variantenAusIndex(leistung: string): readonly string[] | undefined {
  if (!varianten.has(leistung)) varianten.set(leistung, leseVarianten(leistung));
  return varianten.get(leistung);
}

function leseVarianten(leistung: string): readonly string[] | undefined {
  const datei = join(katalogVerzeichnis(), leistung, 'index.yaml');
  if (!existsSync(datei)) return undefined;
  const index = parse(readFileSync(datei, 'utf8')) as { varianten?: unknown } | null;
  if (!Array.isArray(index?.varianten)) return undefined;
  const ids = index.varianten.map((v: unknown) =>
    typeof v === 'string' ? v : typeof v === 'object' && v !== null && 'id' in v ? String(v.id) : undefined,
  );
  return ids.every((v): v is string => v !== undefined) ? ids : undefined;
}
