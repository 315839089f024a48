/** Shared steps of the browser tests. Run through `npm run test:e2e` (e2e/run.ts). */
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { E2E_HEUTE } from './browser.ts';

export const PASSWORT = 'hilfewerk-demo';

export function basisUrl(): string {
  const url = process.env.HILFEWERK_E2E_URL;
  if (!url) throw new Error('HILFEWERK_E2E_URL fehlt – bitte über `npm run test:e2e` starten.');
  return url;
}

export async function verbindeBrowser(): Promise<Browser> {
  const ws = process.env.HILFEWERK_E2E_BROWSER;
  if (!ws) throw new Error('HILFEWERK_E2E_BROWSER fehlt – bitte über `npm run test:e2e` starten.');
  return chromium.connect(ws);
}

/** The pinned business day of the run (e2e/run.ts), `YYYY-MM-DD`. */
export function heute(): string {
  return E2E_HEUTE;
}

/**
 * A fresh context per user: own cookies, own localStorage, German locale, and a clock that reads the
 * pinned day (10:00 in Berlin, winter time) — timers keep running, only `Date` is fixed.
 */
export async function neuerKontext(browser: Browser): Promise<BrowserContext> {
  const kontext = await browser.newContext({
    baseURL: basisUrl(),
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
  await kontext.clock.setFixedTime(new Date(`${heute()}T09:00:00Z`));
  kontext.setDefaultTimeout(10_000);
  return kontext;
}

/**
 * A form field by its visible label. Playwright matches label text including Mantine's required
 * marker " *" (aria-hidden, so screen readers do not say it), hence the optional suffix.
 */
export function feld(page: Page, beschriftung: string): Locator {
  const text = beschriftung.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${text}( \\*)?$`));
}

export async function anmelden(page: Page, email: string, passwort = PASSWORT): Promise<void> {
  // A protected address redirects to the login page by itself (keeping where to return); only a page
  // that does not redirect is sent there directly.
  await page.waitForURL(/\/anmelden/, { timeout: 3_000 }).catch(() => page.goto('/anmelden'));
  await feld(page, 'E-Mail-Adresse').fill(email);
  await feld(page, 'Passwort').fill(passwort);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await sichtbar(page.getByRole('button', { name: 'Abmelden' }));
}

/** Mantine selects are comboboxes: open by label, then pick the option. */
/** Picks an option of a select; `bereich` narrows the select to one form when a page has two of that name. */
export async function waehle(
  page: Page,
  beschriftung: string,
  option: string | RegExp,
  bereich: Page | Locator = page,
): Promise<void> {
  await bereich.getByRole('combobox', { name: beschriftung, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function datum(page: Page, beschriftung: string, wert: string): Promise<void> {
  const eingabe = feld(page, beschriftung);
  await eingabe.fill(wert);
  await eingabe.press('Escape');
}

export function eindeutig(praefix: string): string {
  return `${praefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e4)}`;
}

/** playwright-core has no `expect`; waiting for visibility is the assertion (it throws on timeout). */
export async function sichtbar(locator: Locator, timeout = 10_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}
