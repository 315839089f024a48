/**
 * Shared checks of the acceptance walks (e2e/abnahme-*.e2e.ts): what a new user would notice on a page
 * without reading code — a refusal, an error, English or technical text, a date or an amount not
 * written the German way — and the accessibility rules the other browser tests hold every page to.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from 'playwright-core';

/** What a page shows when the server refused or failed (Ladefehler, 403/404/5xx messages). */
const FEHLERTEXT =
  /Berechtigung|vorbehalten|nicht gefunden|keinen Zugriff|Interner Fehler|Fehlernummer|403|Forbidden/;

/** Words a German page must not show: leaked English errors and unformatted values. */
const TECHNISCH =
  /\b(undefined|null|NaN|Error|Forbidden|Not Found|Unauthorized|Invalid|true|false)\b|\[object /;

/**
 * The page as a new user judges it: a heading, something below it, no refusal or error, no technical
 * words, dates as TT.MM.JJJJ (never 2026-11-25), amounts as 1.234,50 € (never 1,234.50 € or 12.5 €).
 */
export async function pruefeSeite(page: Page, seite: string): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
  // Loading notes ("… werden geladen") give way to the content.
  await page
    .getByRole('status')
    .filter({ hasText: /geladen …|lädt/ })
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  // More than the heading: the content arrives after the page's queries, so wait for it a little.
  const haupt = page.locator('main');
  let text = '';
  for (let versuch = 0; versuch < 20; versuch++) {
    text = (await haupt.innerText()).trim();
    const ueberschrift = (await page.getByRole('heading', { level: 1 }).first().innerText()).trim();
    if (text.length > ueberschrift.length + 20) break;
    assert.ok(versuch < 19, `${seite}: die Seite zeigt nur ihre Überschrift`);
    await page.waitForTimeout(250);
  }
  const fehler = page.getByRole('alert').filter({ hasText: FEHLERTEXT });
  assert.equal(await fehler.count(), 0, `${seite}: ${await fehler.allInnerTexts()}`);
  assert.doesNotMatch(text, /\b403\b|Keine Berechtigung|nicht berechtigt/, `${seite}: Verweigerung`);
  assert.doesNotMatch(text, TECHNISCH, `${seite}: technischer Text`);
  assert.doesNotMatch(text, /\b\d{4}-\d{2}-\d{2}\b/, `${seite}: Datum nicht als TT.MM.JJJJ`);
  for (const betrag of text.match(/[\d.,]+\s?€/g) ?? []) {
    assert.match(
      betrag,
      /^\d{1,3}(\.\d{3})*,\d{2}\s?€$/,
      `${seite}: Betrag „${betrag}“ nicht wie 1.234,50 €`,
    );
  }
}

export async function pruefeAxe(page: Page, seite: string): Promise<void> {
  // A notification of an earlier step fades out over the page; axe would measure it half transparent.
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 });
  const ergebnis = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const befunde = ergebnis.violations.map(
    (v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(befunde, [], `axe meldet auf „${seite}“:\n${befunde.join('\n')}`);
}

/**
 * Reaches `ziel` with the Tab key from `start`, as someone without a mouse would (at most `schritte`
 * presses), and leaves the focus there.
 */
export async function perTabZu(page: Page, start: Locator, ziel: Locator, schritte = 6): Promise<void> {
  await start.focus();
  for (let i = 0; i < schritte; i++) {
    await page.keyboard.press('Tab');
    if (await ziel.evaluate((el) => el === document.activeElement)) return;
  }
  assert.fail(`„${await ziel.innerText()}“ ist mit der Tab-Taste nicht erreichbar`);
}

/** The text of a PDF (pdftotext from poppler-utils), after checking that it is one. */
export function pdfText(inhalt: Buffer, name: string): string {
  assert.equal(inhalt.subarray(0, 5).toString(), '%PDF-', `${name} ist kein PDF`);
  const datei = join(tmpdir(), `hw-abnahme-${Date.now()}-${name}`);
  writeFileSync(datei, inhalt);
  return execFileSync('pdftotext', ['-layout', datei, '-']).toString('utf8');
}

/**
 * Clicks a link that opens a PDF in a new tab, as the user does, and returns the document that tab
 * shows (fetched again with the same login: Chromium's viewer keeps the bytes to itself).
 */
export async function oeffnePdfImNeuenTab(kontext: BrowserContext, link: Locator): Promise<Buffer> {
  const [tab] = await Promise.all([kontext.waitForEvent('page'), link.click()]);
  await tab.waitForLoadState('domcontentloaded').catch(() => undefined);
  const antwort = await kontext.request.get(tab.url());
  assert.equal(antwort.status(), 200, `PDF-Tab ${tab.url()}`);
  assert.equal(antwort.headers()['content-type'], 'application/pdf');
  await tab.close();
  return antwort.body();
}
