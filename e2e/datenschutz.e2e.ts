import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { anmelden, datum, feld, neuerKontext, sichtbar, verbindeBrowser } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

/** `bereich`: only that part of the page (the open dialog), so what lies behind it is not judged. */
async function ohneVerstoesse(page: Page, bereich?: string): Promise<void> {
  const axe = new AxeBuilder({ page });
  if (bereich) axe.include(bereich);
  const ergebnis = await axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(
    ergebnis.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary}`),
    ),
    [],
  );
}

async function oeffneFall(page: Page, aktenzeichen: string): Promise<void> {
  await page.goto(`/faelle?suche=${aktenzeichen}`);
  await page.getByRole('link', { name: aktenzeichen }).first().click();
  await sichtbar(page.getByRole('heading', { name: `Fall ${aktenzeichen}`, level: 1 }));
}

test('Leitung setzt eine Löschsperre, sieht sie im Probelauf der Aufbewahrung und hebt sie wieder auf', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/');
  await anmelden(page, 'leitung@kiju.demo');
  await oeffneFall(page, 'KIJU-2026-003');
  const abschnitt = page.getByRole('region', { name: 'Löschsperre' });
  await sichtbar(abschnitt.getByText(/Keine Löschsperre/));

  await abschnitt.getByRole('button', { name: 'Löschsperre setzen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Löschsperre setzen' });
  // Without a reason nothing is sent.
  await dialog.getByRole('button', { name: 'Löschsperre setzen' }).click();
  await sichtbar(dialog.getByText('Bitte geben Sie den Grund der Löschsperre an.'));
  await ohneVerstoesse(page, '[role="dialog"]');
  await feld(page, 'Grund').fill('Beschwerde beim Landesjugendamt anhängig');
  await dialog.getByRole('button', { name: 'Löschsperre setzen' }).click();
  await sichtbar(abschnitt.getByText(/Beschwerde beim Landesjugendamt anhängig/));
  await sichtbar(abschnitt.getByRole('button', { name: 'Löschsperre aufheben' }));
  await ohneVerstoesse(page, 'section[aria-labelledby="loeschsperre-titel"]');

  await page.getByRole('link', { name: 'Aufbewahrung', exact: true }).click();
  await sichtbar(page.getByRole('heading', { name: 'Aufbewahrung', level: 1 }));
  await datum(page, 'Stichtag', '31.12.2099');
  await sichtbar(page.getByText(/Stichtag 31\.12\.2099:/));
  const zeile = page.getByRole('row', { name: /KIJU-2026-003/ });
  await sichtbar(zeile.getByText('gesperrt', { exact: true }));
  await sichtbar(zeile.getByText(/Beschwerde beim Landesjugendamt anhängig/));
  await ohneVerstoesse(page);

  // Lift it again, so other tests find the demo case as it was.
  await oeffneFall(page, 'KIJU-2026-003');
  await abschnitt.getByRole('button', { name: 'Löschsperre aufheben' }).click();
  await sichtbar(abschnitt.getByText(/Keine Löschsperre/));
  await kontext.close();
});

test('Die Fachkraft sieht weder Löschsperre noch Aufbewahrung', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/');
  await anmelden(page, 'fachkraft@kiju.demo');
  await oeffneFall(page, 'KIJU-2026-001');
  assert.equal(await page.getByRole('heading', { name: 'Löschsperre' }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Aufbewahrung', exact: true }).count(), 0);
  await kontext.close();
});
