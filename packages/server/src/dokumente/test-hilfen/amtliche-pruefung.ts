import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The official checks an e-invoice portal runs on an XRechnung: the OASIS UBL 2.1 schema, the CEN
 * EN 16931 UBL rules and the KoSIT XRechnung 3.0 rules with the Peppol whitelist. The artefacts are
 * third-party and live beside the repository (`../shared/validators`, present in CI); this helper
 * runs them in-process with SaxonJS, so a test can check a hundred documents in seconds.
 *
 * Without the folder every check fails with a message that says what is missing — a document the
 * official rules did not see must never count as passed.
 */

const repo = fileURLToPath(new URL('../../../../../', import.meta.url));
const ordner = path.resolve(process.env.HILFEWERK_VALIDATORS ?? path.join(repo, '../shared/validators'));

export interface Befund {
  regelwerk: 'schema' | 'en16931' | 'xrechnung';
  regel: string;
  schwere: 'fehler' | 'warnung' | 'information';
  text: string;
}

interface SaxonJs {
  transform(
    optionen: { stylesheetInternal: unknown; sourceText: string; destination: 'serialized' },
    modus: 'sync',
  ): { principalResult: string };
}

const REGELWERKE = {
  en16931: 'EN16931-UBL-validation.xslt',
  xrechnung: 'XRechnung-UBL-validation.xsl',
} as const;

let geladen: { saxon: SaxonJs; regeln: Record<keyof typeof REGELWERKE, unknown> } | undefined;

function fehltEtwas(): string | undefined {
  const noetig = ['ubl21-xsd/maindoc/UBL-Invoice-2.1.xsd', ...Object.values(REGELWERKE)];
  const fehlend = noetig.filter((d) => !existsSync(path.join(ordner, d)));
  if (fehlend.length > 0) {
    return `Die amtlichen XRechnung-Prüfregeln fehlen (${fehlend.join(', ')} in ${ordner}). Sie liegen im Ordner shared/validators neben dem Repository (CI hat ihn; lokal dorthin kopieren oder HILFEWERK_VALIDATORS auf den Ordner setzen). Ohne sie sind die XRechnungen dieses Testlaufs NICHT amtlich geprüft.`;
  }
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
  } catch {
    return 'xmllint fehlt (Debian: apt-get install libxml2-utils); ohne es läuft die Schemaprüfung der XRechnungen nicht.';
  }
  return undefined;
}

/**
 * The rules compiled for SaxonJS with the project's xslt3, once per source checksum, into the same cache
 * as `pruefe-xrechnung` (HILFEWERK_VALIDATOR_CACHE, default ~/.cache/hilfewerk-validators).
 */
function kompiliert(name: keyof typeof REGELWERKE): unknown {
  const quelle = path.join(ordner, REGELWERKE[name]);
  const summe = createHash('sha256').update(readFileSync(quelle)).digest('hex').slice(0, 16);
  const cache = process.env.HILFEWERK_VALIDATOR_CACHE ?? path.join(homedir(), '.cache/hilfewerk-validators');
  const ziel = path.join(cache, `${name}-${summe}.sef.json`);
  if (!existsSync(ziel)) {
    mkdirSync(cache, { recursive: true });
    const zwischen = `${ziel}.${process.pid}.tmp`;
    execFileSync(
      path.join(repo, 'node_modules/.bin/xslt3'),
      [`-xsl:${REGELWERKE[name]}`, `-export:${zwischen}`, '-nogo', '-relocate:on'],
      { cwd: ordner, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    // Parallel test files may compile at once: the rename makes whichever finishes last win whole.
    renameSync(zwischen, ziel);
  }
  return JSON.parse(readFileSync(ziel, 'utf8'));
}

function lade() {
  const fehlt = fehltEtwas();
  if (fehlt) throw new Error(fehlt);
  if (!geladen) {
    const saxon = createRequire(import.meta.url)('saxon-js') as SaxonJs;
    geladen = { saxon, regeln: { en16931: kompiliert('en16931'), xrechnung: kompiliert('xrechnung') } };
  }
  return geladen;
}

function schemaBefunde(xmls: readonly string[]): Befund[][] {
  const tmp = mkdtempSync(path.join(tmpdir(), 'hilfewerk-xrechnung-'));
  try {
    return xmls.map((xml, i) => {
      const datei = path.join(tmp, `${i}.xml`);
      writeFileSync(datei, xml);
      const art = /<(?:\w+:)?CreditNote[\s>]/.test(xml.slice(0, 2000)) ? 'CreditNote' : 'Invoice';
      const xsd = path.join(ordner, `ubl21-xsd/maindoc/UBL-${art}-2.1.xsd`);
      try {
        execFileSync('xmllint', ['--noout', '--schema', xsd, datei], { stdio: ['ignore', 'pipe', 'pipe'] });
        return [];
      } catch (e) {
        const meldung = String((e as { stderr?: Buffer }).stderr ?? e);
        return meldung
          .split('\n')
          .filter((z) => z.trim() !== '' && !z.includes('fails to validate'))
          .map((z) => ({ regelwerk: 'schema', regel: 'UBL-2.1-XSD', schwere: 'fehler', text: z }) as Befund);
      }
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const attribut = (kopf: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(kopf)?.[1];

/** The failed asserts and successful reports of an SVRL report. */
function svrlBefunde(regelwerk: Befund['regelwerk'], svrl: string): Befund[] {
  const befunde: Befund[] = [];
  const muster = /<svrl:(failed-assert|successful-report)\b([^>]*)>([\s\S]*?)<\/svrl:\1>/g;
  for (const [, , kopf, inhalt] of svrl.matchAll(muster)) {
    const flag = (attribut(kopf, 'flag') ?? attribut(kopf, 'role') ?? 'error').toLowerCase();
    const text = (/<svrl:text>([\s\S]*?)<\/svrl:text>/.exec(inhalt)?.[1] ?? '').replace(/\s+/g, ' ').trim();
    befunde.push({
      regelwerk,
      regel: attribut(kopf, 'id') ?? '?',
      schwere: flag === 'warning' ? 'warnung' : flag.startsWith('info') ? 'information' : 'fehler',
      text,
    });
  }
  return befunde;
}

/** Every finding of the three official checks, per document, in the order given. */
export function amtlichePruefung(xmls: readonly string[]): Befund[][] {
  const { saxon, regeln } = lade();
  const schema = schemaBefunde(xmls);
  return xmls.map((xml, i) => [
    ...schema[i],
    ...(['en16931', 'xrechnung'] as const).flatMap((name) =>
      svrlBefunde(
        name,
        saxon.transform(
          { stylesheetInternal: regeln[name], sourceText: xml, destination: 'serialized' },
          'sync',
        ).principalResult,
      ),
    ),
  ]);
}

/**
 * What a portal would refuse or flag: errors of any rule set, and PEPPOL-EN16931-R120 (a line whose
 * quantity × price ÷ base quantity is not its amount). BR-DE-19 is left out: SaxonJS computes the IBAN's
 * mod 97 inexactly and can flag valid IBANs (`xrechnung-regeln.ts` checks the IBAN exactly instead).
 * Returns "RULE: text" lines; empty means the document passes.
 */
export function amtlicheBeanstandungen(xml: string): string[] {
  return beanstandungen(amtlichePruefung([xml])[0]);
}

export function beanstandungen(befunde: readonly Befund[]): string[] {
  return befunde
    .filter((b) => b.schwere === 'fehler' || (b.schwere === 'warnung' && b.regel !== 'BR-DE-19'))
    .map((b) => `${b.regelwerk} ${b.regel}: ${b.text}`);
}
