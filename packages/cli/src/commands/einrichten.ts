import { parseArgs } from 'node:util';
import { DatenordnerBelegt, EingebetteteDatenbankFehler, migriere, oeffneDatenbank } from '@hilfewerk/db';
import { EingabeFehler } from '@hilfewerk/rules';
import { type Datenbankzugang, oeffneZugang } from '../datenbank.ts';

const VERWENDUNG = `Verwendung:
  hilfewerk einrichten --organisation NAME --art traeger|jugendamt --bundesland XX --email E-MAIL
Legt eine Organisation und ihre erste Administration an und gibt deren Einmalpasswort aus.
Datenbank: HILFEWERK_DATA (Standard ./data) oder DATABASE_URL; Hilfewerk darf dabei laufen.`;

export async function run(args: string[]): Promise<number> {
  let werte: Record<string, string | undefined>;
  try {
    werte = parseArgs({
      args,
      options: {
        organisation: { type: 'string' },
        art: { type: 'string' },
        bundesland: { type: 'string' },
        email: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(`Fehler: ${(error as Error).message}\n${VERWENDUNG}\n`);
    return 2;
  }
  const fehlend = ['organisation', 'art', 'bundesland', 'email'].filter((n) => !werte[n]);
  if (fehlend.length > 0) {
    process.stderr.write(`Fehler: es fehlt ${fehlend.map((n) => `--${n}`).join(', ')}.\n${VERWENDUNG}\n`);
    return 2;
  }
  const { pruefeEinrichtung, richteEin } = await import('@hilfewerk/server');
  // A fresh installation is set up before its first start: the data folder may be created here.
  let ziel: Datenbankzugang | undefined;
  try {
    const eingabe = pruefeEinrichtung({
      organisation: werte.organisation as string,
      art: werte.art as string,
      bundesland: werte.bundesland as string,
      email: werte.email as string,
    });
    ziel = await oeffneZugang(process.env, true);
    const db = await oeffneDatenbank({ databaseUrl: ziel.url, poolGroesse: 2 });
    try {
      await migriere(db);
      const r = await richteEin(db, eingabe);
      process.stderr.write(
        `Organisation „${eingabe.organisation}“ angelegt; Administration: ${eingabe.email}.\n` +
          'Bei der ersten Anmeldung mit dem Einmalpasswort verlangt Hilfewerk ein eigenes Passwort.\n' +
          `Öffentliches Beschwerdeformular: <Adresse von Hilfewerk>/beschwerde/${r.kennung}\n`,
      );
      process.stdout.write(`Einmalpasswort: ${r.einmalpasswort}\n`);
      return 0;
    } finally {
      await db.close();
    }
  } catch (error) {
    if (
      error instanceof EingabeFehler ||
      error instanceof DatenordnerBelegt ||
      error instanceof EingebetteteDatenbankFehler
    ) {
      process.stderr.write(`Fehler: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await ziel?.beenden();
  }
}
