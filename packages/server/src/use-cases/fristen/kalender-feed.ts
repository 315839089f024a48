import {
  benutzer,
  type Datenbank,
  fall,
  frist,
  hilfe,
  kalenderAbo,
  organisation,
  organisationsfrist,
} from '@hilfewerk/db';
import { plusTage } from '@hilfewerk/rules/tag';
import { and, asc, eq, gte, isNotNull, ne } from 'drizzle-orm';
import type { Auth, Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { darf } from '../../access/permissions.ts';
import { erzeugeFristenKalender, type KalenderFrist } from '../../dokumente/ical.ts';
import { NichtGefunden } from '../../fehler.ts';
import { tokenHash } from '../auth/intern/token.ts';
import { quelleDerRegel } from './intern/frist-dto.ts';
import { meineFaelle } from './intern/frist-umfang.ts';
import { heute as heuteInBerlin } from './intern/heute.ts';
import { quelleDerOrganisationsregel } from './intern/organisationsfrist-dto.ts';

/**
 * The owner of a feed token. There is no session, so the lookup runs as the system role (like the session
 * lookup at login); everything after it runs as that user, under the same access rules as in the app.
 */
async function aboInhaber(db: Datenbank, token: string): Promise<Auth | null> {
  const [z] = await db.withSystemTx((tx) =>
    tx
      .select({ b: benutzer, o: organisation })
      .from(kalenderAbo)
      .innerJoin(benutzer, eq(benutzer.id, kalenderAbo.benutzerId))
      .innerJoin(organisation, eq(organisation.id, kalenderAbo.organisationId))
      .where(eq(kalenderAbo.tokenHash, tokenHash(token))),
  );
  if (!z?.b.aktiv) return null;
  return {
    sitzungId: '',
    csrfToken: '',
    benutzer: { id: z.b.id, email: z.b.email, name: z.b.name, rolle: z.b.rolle },
    organisation: { id: z.o.id, name: z.o.name, art: z.o.art, bundesland: z.o.bundesland },
  };
}

/**
 * GET /api/kalender/:token.ics — the user's open and met deadlines from 90 days back, as iCalendar: the
 * case's Aktenzeichen and the rule, never a name (calendars sync to third-party servers). An unknown or revoked
 * token, or one whose owner lost access to deadlines, answers 404.
 */
export async function kalenderFeed(db: Datenbank, token: string): Promise<string> {
  const auth = await aboInhaber(db, token);
  if (!auth || !darf(auth.benutzer.rolle, 'frist', 'lesen')) throw new NichtGefunden('Der Kalender');
  const k: Kontext = { db, auth, ip: '' };
  const ab = plusTage(heuteInBerlin(), -90);
  const eintraege = await db.withTx(txKontext(auth), async (tx) => {
    const fristen = await tx
      .select({
        id: frist.id,
        faellig: frist.faellig,
        regel: frist.regel,
        bezeichnung: frist.bezeichnung,
        aktenzeichen: fall.aktenzeichen,
        status: frist.status,
        leistung: hilfe.leistung,
      })
      .from(frist)
      .innerJoin(fall, eq(fall.id, frist.fallId))
      .innerJoin(hilfe, eq(hilfe.id, frist.hilfeId))
      .where(
        and(meineFaelle(k), ne(frist.status, 'entfallen'), isNotNull(frist.faellig), gte(frist.faellig, ab)),
      )
      .orderBy(asc(frist.faellig));
    const liste: KalenderFrist[] = fristen.map((f) => ({
      uid: `frist-${f.id}@hilfewerk`,
      faellig: f.faellig as string,
      aktenzeichen: f.aktenzeichen,
      regel: f.status === 'erledigt' ? `${f.bezeichnung} (erledigt)` : f.bezeichnung,
      quelle: quelleDerRegel(f.leistung, f.regel) ?? f.regel,
    }));
    if (darf(auth.benutzer.rolle, 'organisationsfrist', 'lesen')) {
      const eigene = await tx
        .select()
        .from(organisationsfrist)
        .where(
          and(
            eq(organisationsfrist.organisationId, auth.organisation.id),
            ne(organisationsfrist.status, 'entfallen'),
            gte(organisationsfrist.faellig, ab),
          ),
        );
      for (const o of eigene) {
        liste.push({
          uid: `organisationsfrist-${o.id}@hilfewerk`,
          faellig: o.faellig,
          aktenzeichen: 'Träger',
          regel: o.status === 'erledigt' ? `${o.bezeichnung} (erledigt)` : o.bezeichnung,
          quelle: quelleDerOrganisationsregel(o.regel) ?? o.regel,
        });
      }
    }
    return liste;
  });
  return erzeugeFristenKalender(eintraege, 'Hilfewerk – Fristen');
}
