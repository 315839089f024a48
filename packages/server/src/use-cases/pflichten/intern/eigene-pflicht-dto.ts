import type { eigenePflicht } from '@hilfewerk/db';
import { eigenePflichtAlsRegel } from '@hilfewerk/rules';

export function eigenePflichtDto(p: typeof eigenePflicht.$inferSelect) {
  return {
    id: p.id,
    titel: p.titel,
    rhythmus: p.rhythmus,
    alleWochen: p.alleWochen,
    erstmals: p.erstmals,
    hinweis: p.hinweis,
    beendetAm: p.beendetAm,
    version: p.version,
  };
}

/**
 * The rule's own check of rhythm and first date (a rhythm in weeks needs its number, a month rhythm none):
 * a refusal is an EingabeFehler, answered 422 at the field.
 */
export function pruefeRhythmus(e: {
  titel: string;
  rhythmus: string;
  alleWochen?: number | null;
  erstmals: string;
}) {
  eigenePflichtAlsRegel({ id: 'pruefung', ...e });
}
