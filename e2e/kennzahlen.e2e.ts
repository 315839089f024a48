import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { anmelden, neuerKontext, sichtbar, verbindeBrowser, waehle } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

test('Leitung sieht die Kennzahlen des Jahres mit ihren Definitionen und wechselt das Jahr', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/kennzahlen');
  await anmelden(page, 'leitung@kiju.demo');
  await sichtbar(page.getByRole('heading', { name: 'Kennzahlen', exact: true }));
  await sichtbar(page.getByText('Hilfen, die in diesem Jahr begonnen haben.'));
  await sichtbar(page.getByRole('figure', { name: 'Hilfen je Jugendamt' }));
  await sichtbar(page.getByText(/Jugendamt Wuppertal: \d+ Hilfe/));
  const ergebnis = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  assert.deepEqual(
    ergebnis.violations.map((v) => v.id),
    [],
  );
  await waehle(page, 'Jahr', '2022');
  await sichtbar(page.getByText('Keine Hilfe in diesem Jahr.'));
  await kontext.close();
});
