import { DatenordnerBelegt, EingebetteteDatenbankFehler, oeffneDatenbank } from '@hilfewerk/db';
import { type Datenbankzugang, oeffneZugang } from '../datenbank.ts';

const VERWENDUNG = `Verwendung:
  hilfewerk aufbewahrung pruefen [--stichtag JJJJ-MM-TT]     Probelauf: was wann anonymisiert würde
  hilfewerk aufbewahrung ausfuehren [--stichtag JJJJ-MM-TT]  fällige Fallakten anonymisieren (je Fall eine Transaktion)
Regeln: § 9b SGB VIII (70 Jahre nach dem 30. Geburtstag) für Hilfen zur Erziehung, sonst § 84 SGB X
(10 Jahre nach Ende der letzten Hilfe). Eine Löschsperre hält jede Fallakte zurück.`;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function tagDe(iso: string): string {
  const [j, m, t] = iso.split('-');
  return `${t}.${m}.${j}`;
}

/**
 * `hilfewerk aufbewahrung pruefen|ausfuehren`: exit 0 when done, 2 on bad usage (unknown sub-command,
 * a stichtag that is no date) or a database problem. The dry run prints one line per case file.
 */
export async function run(args: string[]): Promise<number> {
  const [befehl, ...rest] = args;
  let stichtag = new Date().toISOString().slice(0, 10);
  if (rest.length === 2 && rest[0] === '--stichtag') stichtag = rest[1];
  else if (rest.length !== 0) stichtag = '';
  const gueltig =
    ISO.test(stichtag) &&
    !Number.isNaN(Date.parse(`${stichtag}T00:00:00Z`)) &&
    new Date(`${stichtag}T00:00:00Z`).toISOString().startsWith(stichtag);
  if ((befehl !== 'pruefen' && befehl !== 'ausfuehren') || !gueltig) {
    if (befehl && !gueltig) process.stderr.write('Fehler: --stichtag muss ein Datum JJJJ-MM-TT sein.\n');
    process.stderr.write(`${VERWENDUNG}\n`);
    return 2;
  }
  const { fuehreAufbewahrungAus, pruefeAufbewahrung } = await import('@hilfewerk/server');
  let zugang: Datenbankzugang | undefined;
  try {
    zugang = await oeffneZugang(process.env, false);
    const db = await oeffneDatenbank({ databaseUrl: zugang.url, poolGroesse: 2 });
    try {
      if (befehl === 'pruefen') {
        const zeilen = await pruefeAufbewahrung(db, stichtag);
        for (const z of zeilen) {
          const e = z.ergebnis;
          const bis =
            e.status === 'befristet'
              ? `bis ${tagDe(e.ende)}`
              : e.status === 'laufend'
                ? 'Hilfe läuft'
                : 'unbestimmt (Geburtsdatum fehlt)';
          const was = z.sperre
            ? `Löschsperre: ${z.sperre.grund}`
            : z.faellig
              ? 'FÄLLIG: würde anonymisiert'
              : 'aufbewahren';
          process.stdout.write(`${z.aktenzeichen}\t${e.regel}\t${bis}\t${was}\n`);
        }
        const faellig = zeilen.filter((z) => z.faellig).length;
        process.stdout.write(`Stichtag ${tagDe(stichtag)}: ${zeilen.length} Fallakten, ${faellig} fällig.\n`);
        return 0;
      }
      const erledigt = await fuehreAufbewahrungAus(db, stichtag);
      for (const { fall } of erledigt) process.stdout.write(`anonymisiert: ${fall.aktenzeichen}\n`);
      process.stdout.write(`Stichtag ${tagDe(stichtag)}: ${erledigt.length} Fallakten anonymisiert.\n`);
      return 0;
    } finally {
      await db.close();
    }
  } catch (error) {
    if (error instanceof DatenordnerBelegt || error instanceof EingebetteteDatenbankFehler) {
      process.stderr.write(`Fehler: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await zugang?.beenden();
  }
}
