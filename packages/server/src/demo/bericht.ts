import type { BerichtArt } from '@hilfewerk/api';
import { bericht, type Db, posteingang } from '@hilfewerk/db';
import type { Kontext } from '../access/kontext.ts';
import { berichtsfristErledigt } from '../use-cases/berichte/intern/berichtsfrist.ts';
import { briefkopf } from '../use-cases/berichte/intern/briefkopf.ts';
import { posteingangTitel, schreibeSendeEreignis } from '../use-cases/berichte/intern/versand.ts';

export interface DemoBericht {
  organisationId: string;
  fallId: string;
  hilfeId: string;
  art: BerichtArt;
  inhalt: Record<string, string | undefined>;
  absender: { id: string; name: string };
  /** When the report went out, and when (and by whom) the ASD opened it — null: still unread. */
  gesendetAm: Date;
  gelesen: { am: Date; von: string } | null;
  /**
   * Whether the case timeline records the sending and the deadline it answers is met, as sending in the app
   * does (send-bericht.ts). Off where the demo case already lists the event itself (FAELLE).
   */
  mitEreignis: boolean;
}

/**
 * A report the demo provider sent: the same steps and helpers as POST /api/berichte/:id/senden — the
 * letterhead fixed from the case (briefkopf), the notice in the Jugendamt's Posteingang, the timeline event
 * and the deadline the report meets — only with the demo's day instead of now, and the read receipt.
 */
export async function sendeDemoBericht(tx: Db, b: DemoBericht): Promise<void> {
  const id = crypto.randomUUID();
  const kopf = await briefkopf(tx, b, b.absender.name);
  const tag = b.gesendetAm.toISOString().slice(0, 10);
  await tx.insert(bericht).values({
    id,
    organisationId: b.organisationId,
    fallId: b.fallId,
    hilfeId: b.hilfeId,
    jugendamtId: kopf.jugendamtId,
    art: b.art,
    inhalt: b.inhalt,
    status: 'gesendet',
    kopf: { ...kopf },
    erstelltVon: b.absender.id,
    erstelltAm: new Date(b.gesendetAm.getTime() - 3 * 3600_000),
    geaendertAm: b.gesendetAm,
    gesendetAm: b.gesendetAm,
    gesendetVon: b.absender.id,
    version: 2,
  });
  await tx.insert(posteingang).values({
    organisationId: b.organisationId,
    jugendamtId: kopf.jugendamtId,
    art: 'bericht',
    fallId: b.fallId,
    hilfeId: b.hilfeId,
    bezugId: id,
    titel: posteingangTitel(b.art, kopf),
    gesendetAm: b.gesendetAm,
    gesendetVon: b.absender.id,
    gelesenAm: b.gelesen?.am ?? null,
    gelesenVon: b.gelesen?.von ?? null,
  });
  if (!b.mitEreignis) return;
  const ereignisId = await schreibeSendeEreignis(tx, b, kopf, tag, b.absender.id, b.gesendetAm);
  // The system transaction acts for the sender, as leite-demo-fristen-ab.ts does for recorded events.
  const k = {
    auth: { benutzer: { id: b.absender.id }, organisation: { id: b.organisationId } },
    ip: null,
  } as unknown as Pick<Kontext, 'auth' | 'ip'>;
  await berichtsfristErledigt(tx, k, b, tag, ereignisId);
}
