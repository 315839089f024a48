import { EingabeFehler } from '@hilfewerk/rules';

type Command = { run: (args: string[]) => Promise<number> };

const commands: Record<string, () => Promise<Command>> = {
  katalog: () => import('./commands/katalog.ts'),
  kalkulation: () => import('./commands/kalkulation.ts'),
  fristen: () => import('./commands/fristen.ts'),
  budget: () => import('./commands/budget.ts'),
  serve: () => import('./commands/serve.ts'),
  sicherung: () => import('./commands/sicherung.ts'),
  einrichten: () => import('./commands/einrichten.ts'),
  audit: () => import('./commands/audit.ts'),
  aufbewahrung: () => import('./commands/aufbewahrung.ts'),
};

const usage = `Verwendung: hilfewerk <Befehl> [Argumente]
Befehle:
  katalog                     Leistungen des Katalogs als JSON
  katalog lint                Katalog prüfen (Quellen, Gültigkeiten, Schlüssel, Testfälle)
  kalkulation <eingabe.json>  Entgelt berechnen
  fristen <eingabe.json>      Fristen einer Hilfe ableiten
  budget <eingabe.json>       Trägerbudget: Raten, Quartale, Nachverhandlung, Umsteuerung
  serve                       Anwendung starten
  einrichten --organisation NAME --art traeger|jugendamt --bundesland XX --email E-MAIL
                              Organisation und ihre erste Administration anlegen (Einmalpasswort)
  audit pruefen               Hash-Kette des Protokolls prüfen (Exit 1: erster gebrochener Eintrag)
  aufbewahrung pruefen|ausfuehren [--stichtag JJJJ-MM-TT]  Probelauf bzw. Anonymisierung fälliger Fallakten
  sicherung erstellen <datei> Sicherung der Datenbank schreiben (auch bei laufendem Hilfewerk)
  sicherung einspielen <datei> Sicherung in eine leere Datenbank einspielen`;

/** Entry point: returns the exit code (0 ok, 2 bad input or usage, 1 unexpected failure). */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(`${name ? `Unbekannter Befehl: ${name}\n` : ''}${usage}\n`);
    return 2;
  }
  try {
    const command = await load();
    return await command.run(args);
  } catch (error) {
    if (error instanceof EingabeFehler) {
      process.stderr.write(`Fehler: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`Interner Fehler: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
