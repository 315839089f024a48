import { jahresbericht } from '@hilfewerk/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Konflikt } from '../../fehler.ts';
import { sperreUngesendet, texteDto, vollstaendig } from './intern/jahresbericht-texte.ts';

export interface TexteEingabe {
  jahr: number;
  version: number;
  texte: Partial<Record<'einleitung' | 'entwicklungen' | 'ausblick', string>>;
}

/**
 * PUT /api/kennzahlen/bericht/texte (Leitung): saves the year's text parts. Optimistic: the version the
 * client started from (0 = nothing saved yet) must be the current one, else 409 with the current state.
 * A report already sent keeps its texts (409).
 */
export async function updateJahresberichtTexte(k: Kontext, e: TexteEingabe) {
  requireAccess(k, 'kennzahlen', 'aendern');
  const org = k.auth.organisation.id;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const z = await sperreUngesendet(tx, org, e.jahr);
    if ((z?.version ?? 0) !== e.version) throw new Konflikt(await texteDto(tx, org, e.jahr));
    const texte = vollstaendig({ ...z?.texte, ...e.texte });
    let id: string;
    if (z) {
      id = z.id;
      await tx
        .update(jahresbericht)
        .set({ texte, version: z.version + 1, geaendertAm: sql`now()` })
        .where(and(eq(jahresbericht.id, z.id), eq(jahresbericht.organisationId, org)));
    } else {
      // Two first saves at once: the unique (organisation, year) lets only one in; the other gets 409.
      const [neu] = await tx
        .insert(jahresbericht)
        .values({ organisationId: org, jahr: e.jahr, texte })
        .onConflictDoNothing()
        .returning({ id: jahresbericht.id });
      if (!neu) throw new Konflikt(await texteDto(tx, org, e.jahr));
      id = neu.id;
    }
    await schreibeAudit(tx, k, {
      aktion: z ? 'aendern' : 'anlegen',
      ressource: 'jahresbericht',
      ressourceId: id,
    });
    return texteDto(tx, org, e.jahr);
  });
}
