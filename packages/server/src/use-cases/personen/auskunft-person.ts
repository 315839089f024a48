import {
  audit,
  benutzer,
  ereignis,
  frist,
  hilfe,
  leistungseintrag,
  notiz,
  organisation,
  person,
} from '@hilfewerk/db';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { NichtGefunden } from '../../fehler.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';

/** Drops the tenant key: technical, not information about the person. */
function ohneMandant<T extends { organisationId?: unknown }>(z: T): Omit<T, 'organisationId'> {
  const { organisationId: _, ...rest } = z;
  return rest;
}

/**
 * Art. 15 GDPR: what the organisation stores about one person of a case file, as one JSON document
 * — the person, the case and its Hilfen, events, notes, deadlines and documented hours, who received
 * the data (the granting Jugendämter) and who accessed the file (the audit log). Notes and events
 * may name other people: `hinweise` says to check them before handing the document out (Art. 15 (4)).
 * The export itself is audited, with its format (the PDF is rendered from this same object).
 */
export async function auskunftPerson(
  k: Kontext,
  fallId: string,
  personId: string,
  format: 'json' | 'pdf' = 'json',
) {
  const umfang = requireAccess(k, 'auskunft', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const f = await ladeFall(tx, k, umfang, fallId);
    const [p] = await tx
      .select()
      .from(person)
      .where(and(eq(person.id, personId), eq(person.fallId, f.id)));
    if (!p) throw new NichtGefunden('Die Person');
    const hilfen = await tx
      .select({ h: hilfe, jugendamt: organisation.name })
      .from(hilfe)
      .leftJoin(organisation, eq(organisation.id, hilfe.jugendamtId))
      .where(eq(hilfe.fallId, f.id))
      .orderBy(asc(hilfe.beginn));
    const ereignisse = await tx
      .select()
      .from(ereignis)
      .where(eq(ereignis.fallId, f.id))
      .orderBy(asc(ereignis.datum));
    const notizen = await tx
      .select()
      .from(notiz)
      .where(eq(notiz.fallId, f.id))
      .orderBy(asc(notiz.erstelltAm));
    const fristen = await tx.select().from(frist).where(eq(frist.fallId, f.id)).orderBy(asc(frist.faellig));
    const stunden = await tx
      .select()
      .from(leistungseintrag)
      .where(eq(leistungseintrag.fallId, f.id))
      .orderBy(asc(leistungseintrag.datum));
    const zugriffe = await tx
      .select({ a: audit, name: benutzer.name })
      .from(audit)
      .leftJoin(benutzer, eq(benutzer.id, audit.benutzerId))
      .where(
        and(
          eq(audit.organisationId, k.auth.organisation.id),
          or(
            inArray(audit.ressourceId, [f.id, p.id, ...hilfen.map((h) => h.h.id)]),
            // Rows about records of the case (events, notes, deadlines) name it in their details.
            sql`${audit.details}->>'fallId' = ${f.id}`,
          ),
        ),
      )
      .orderBy(asc(audit.nummer));
    await schreibeAudit(tx, k, {
      aktion: 'exportieren',
      ressource: 'auskunft',
      ressourceId: p.id,
      fallId: f.id,
      format,
    });
    const empfaenger = [...new Set(hilfen.map((h) => h.jugendamt).filter((n): n is string => Boolean(n)))];
    return {
      art: 'Auskunft nach Art. 15 DSGVO',
      erstelltAm: new Date().toISOString(),
      verantwortlicher: { name: k.auth.organisation.name },
      person: ohneMandant(p),
      fall: ohneMandant(f),
      hilfen: hilfen.map((h) => ({ ...ohneMandant(h.h), jugendamt: h.jugendamt })),
      ereignisse: ereignisse.map(ohneMandant),
      notizen: notizen.map(ohneMandant),
      fristen: fristen.map(ohneMandant),
      leistungseintraege: stunden.map(ohneMandant),
      empfaenger,
      zugriffe: zugriffe.map(({ a, name }) => ({
        zeitpunkt: a.zeitpunkt.toISOString(),
        benutzer: name,
        aktion: a.aktion,
        ressource: a.ressource,
        ressourceId: a.ressourceId,
      })),
      hinweise: [
        'Notizen und Ereignisse der Akte können Angaben über andere Personen enthalten. Vor der Herausgabe prüfen und solche Angaben schwärzen (Art. 15 Abs. 4 DSGVO).',
        'Empfänger sind die Jugendämter, die die Hilfen bewilligt haben; sie erhalten Stammdaten, Hilfen und Rechnungen.',
      ],
    };
  });
}
