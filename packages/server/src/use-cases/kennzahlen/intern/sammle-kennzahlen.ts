import {
  beschwerde,
  type Db,
  frist,
  hilfe,
  kalkulation,
  kinderschutzverfahren,
  leistungseintrag,
  leistungseintragTeilnahme,
  organisation,
} from '@hilfewerk/db';
import {
  auslastung,
  type Beendigung,
  berechneKennzahlen,
  bremerhavenAusSummen,
  entlassungenNachGrund,
  fristenTermingerecht,
  KENNZAHL_DEFINITIONEN,
  type KennzahlZeitraum,
  ladeLeistung,
  parameterZahl,
  stundenAusMinuten,
  vorgaenge,
} from '@hilfewerk/rules';
import { type SQL, sql } from 'drizzle-orm';
import { entgeltArt } from '../../abrechnung/intern/abrechnungsdaten.ts';
import { heute } from '../../fristen/intern/heute.ts';

const BREMERHAVEN = 'bremerhaven-ambulant';

/** Runs read statements (all in one message on the hot path) and returns the rows of each. */
export type Leser = (anweisungen: SQL[]) => Promise<Record<string, unknown>[][]>;

/** The statements inside an open transaction (the yearly report reads them beside its own rows). */
export const leserIn =
  (tx: Db): Leser =>
  async (anweisungen) => {
    const zeilen: Record<string, unknown>[][] = [];
    for (const a of anweisungen)
      zeilen.push(((await tx.execute(a)) as unknown as { rows: Record<string, unknown>[] }).rows);
    return zeilen;
  };

/**
 * What the figures read, as plain statements: the Hilfen that touch the span (the only ones any figure of the
 * span counts: running on a day of it, or begun or ended in it), the entries' sums per kind (the database adds
 * the minutes instead of sending a year of entries — the same sum stundenNachArt makes), group offers, and the
 * small tables. Filtered on the organisation as well as by row-level security, so the indexes apply.
 */
function anweisungen(org: string, z: KennzahlZeitraum): SQL[] {
  const { von, bis } = z;
  return [
    sql`select ${organisation.leistungen} as leistungen from ${organisation} where ${organisation.id} = ${org}`,
    sql`select h.fall_id, h.leistung, h.beginn, h.tatsaechliches_ende, h.beendigung, h.stunden_pro_monat,
        o.name as jugendamt
      from ${hilfe} h join ${organisation} o on o.id = h.jugendamt_id
      where h.organisation_id = ${org}
        and ((h.beginn <= ${bis} and (h.tatsaechliches_ende is null or h.tatsaechliches_ende >= ${von}))
          or h.beginn between ${von} and ${bis} or h.tatsaechliches_ende between ${von} and ${bis})`,
    // Place-based services are judged for every Leistung the provider ever had a Hilfe in, as before.
    sql`select distinct h.leistung from ${hilfe} h where h.organisation_id = ${org} order by 1`,
    // One pass over the span's entries: minutes per kind, and the group offers (entries that name one, a
    // non-empty name) among them. The index on (organisation, date) carries every column read here and the
    // ones the row-level policy checks, so this reads the index alone.
    sql`select e.art, sum(e.minuten)::int8 as minuten, count(*) filter (where e.gruppenangebot <> '')::int as termine
      from ${leistungseintrag} e
      where e.organisation_id = ${org} and e.datum between ${von} and ${bis} group by e.art`,
    // Each group offer counts its participating Hilfen: read from the (small) table of shares.
    sql`select count(*)::int as teilnahmen from ${leistungseintragTeilnahme} t
      join ${leistungseintrag} e on e.id = t.eintrag_id and e.organisation_id = t.organisation_id
      where t.organisation_id = ${org} and e.datum between ${von} and ${bis} and e.gruppenangebot <> ''`,
    sql`select b.eingegangen_am, b.abgeschlossen_am from ${beschwerde} b where b.organisation_id = ${org}`,
    sql`select f.faellig, f.status, f.erledigt_am from ${frist} f
      where f.organisation_id = ${org} and f.faellig between ${von} and ${bis}`,
    sql`select v.begonnen_am, v.abgeschlossen_am from ${kinderschutzverfahren} v where v.organisation_id = ${org}`,
    // The newest calculation per Leistung up to the span's end: its number of places.
    sql`select distinct on (k.leistung) k.leistung, k.eingabe->'plaetze' as plaetze from ${kalkulation} k
      where k.organisation_id = ${org} and k.stichtag <= ${bis}
      order by k.leistung, k.stichtag desc, k.erstellt_am desc`,
  ];
}

const text = (w: unknown) => w as string;
const textOderNull = (w: unknown) => (w ?? null) as string | null;

/**
 * Reads the organisation's rows and sums for the span and hands them to the figure rules: counts only leave
 * here, never a name or a case. Shared by the page (GET /api/kennzahlen) and the yearly report.
 */
export async function sammleKennzahlen(lese: Leser, org: string, z: KennzahlZeitraum) {
  const [
    orgZeilen,
    hilfeZeilen,
    leistungZeilen,
    minutenZeilen,
    gruppenZeilen,
    bZeilen,
    fZeilen,
    vZeilen,
    kZeilen,
  ] = await lese(anweisungen(org, z));
  const leistungen = (orgZeilen[0]?.leistungen ?? []) as string[];
  const hilfen = hilfeZeilen.map((h) => ({
    fall: text(h.fall_id),
    leistung: text(h.leistung),
    beginn: text(h.beginn),
    ende: textOderNull(h.tatsaechliches_ende),
    beendigung: textOderNull(h.beendigung) as Beendigung | null,
    stundenProMonat: h.stunden_pro_monat === null ? null : Number(h.stunden_pro_monat),
    jugendamt: text(h.jugendamt),
  }));
  const minuten = new Map(minutenZeilen.map((m) => [text(m.art), Number(m.minuten)]));
  const gruppen = {
    termine: minutenZeilen.reduce((n, m) => n + Number(m.termine), 0),
    teilnahmen: Number(gruppenZeilen[0].teilnahmen),
  };
  const beschwerden = bZeilen.map((b) => ({
    begonnen: text(b.eingegangen_am),
    abgeschlossen: textOderNull(b.abgeschlossen_am),
  }));
  const fristen = fZeilen.map((f) => ({
    faellig: textOderNull(f.faellig),
    status: text(f.status),
    erledigtAm: textOderNull(f.erledigt_am),
  }));
  const verfahren = vZeilen.map((v) => ({
    begonnen: text(v.begonnen_am),
    abgeschlossen: textOderNull(v.abgeschlossen_am),
  }));
  const plaetzeJe = new Map(kZeilen.map((k) => [text(k.leistung), Number(k.plaetze) || null]));

  const auslastungen = leistungZeilen
    .map((l) => text(l.leistung))
    .filter((l) => entgeltArt(l) === 'tagessatz')
    .map((l) => {
      const plaetze = plaetzeJe.get(l) ?? null;
      const band = {
        min: Math.round(parameterZahl(l, 'auslastung-min', z.bis).wert * 1000) / 10,
        max: Math.round(parameterZahl(l, 'auslastung-max', z.bis).wert * 1000) / 10,
      };
      const belegt = hilfen.filter((h) => h.leistung === l);
      return { leistung: l, name: ladeLeistung(l).titel, plaetze, ...auslastung(belegt, plaetze, z, band) };
    });
  const anzahlBeschwerden = beschwerden.filter((b) => b.begonnen >= z.von && b.begonnen <= z.bis).length;
  const beschwerdeZahlen = vorgaenge(beschwerden, z);
  return {
    jahr: z.jahr,
    zeitraum: { text: z.text, bezeichnung: z.bezeichnung, von: z.von, bis: z.bis },
    ...berechneKennzahlen(z, hilfen, anzahlBeschwerden),
    entlassungenNachGrund: entlassungenNachGrund(hilfen, z),
    stunden: stundenAusMinuten(minuten, hilfen, z),
    auslastung: auslastungen,
    fristen: fristenTermingerecht(fristen, z, heute()),
    kinderschutz: vorgaenge(verfahren, z),
    beschwerdenOffen: beschwerdeZahlen.offenAmEnde,
    bremerhaven: leistungen.includes(BREMERHAVEN) ? bremerhavenAusSummen(hilfen, minuten, gruppen, z) : null,
    definitionen: Object.entries(KENNZAHL_DEFINITIONEN).map(([schluessel, d]) => ({ schluessel, ...d })),
  };
}
