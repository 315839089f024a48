import { execFileSync } from 'node:child_process';

/**
 * XPath over an XML string with libxml2's `xmllint` (Debian package libxml2-utils).
 * Paths are written without prefixes (`/Invoice/BuyerReference`); each step is matched
 * by local name, so the UBL namespaces need no registration.
 */
export function xpath(xml: string, ausdruck: string): string {
  return execFileSync('xmllint', ['--xpath', ausdruck, '-'], { input: xml, stdio: ['pipe', 'pipe', 'pipe'] })
    .toString('utf8')
    .trim();
}

/** `/Invoice//TaxCategory/ID` → local-name steps. */
export function pfad(p: string): string {
  return p.replace(
    /(\/\/?)([A-Za-z]+)/g,
    (_, trenner: string, name: string) => `${trenner}*[local-name()='${name}']`,
  );
}

/** The text of the first node at `p`, or "" when there is none. */
export function text(xml: string, p: string): string {
  return xpath(xml, `string(${pfad(p)})`);
}

export function anzahl(xml: string, p: string): number {
  return Number(xpath(xml, `count(${pfad(p)})`));
}

/** The texts of all nodes at `p`, in document order. */
export function texte(xml: string, p: string): string[] {
  const n = anzahl(xml, p);
  return Array.from({ length: n }, (_, i) => xpath(xml, `string((${pfad(p)})[${i + 1}])`));
}

/** Well-formed, and valid against an XSD when one is given. Returns xmllint's complaint, or "" when fine. */
export function xmllintFehler(xml: string, xsd?: string): string {
  try {
    execFileSync('xmllint', ['--noout', ...(xsd ? ['--schema', xsd] : []), '-'], {
      input: xml,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}
