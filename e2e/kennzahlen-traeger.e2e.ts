import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { anmelden, neuerKontext, sichtbar, verbindeBrowser } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

test('Fachcontrolling Bremerhaven sieht die Kennzahlen seiner Träger, kleine Zahlen als „< 3“', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/traeger-kennzahlen');
  await anmelden(page, 'controlling@jugendamt-bremerhaven.demo');
  await sichtbar(page.getByRole('heading', { name: 'Kennzahlen der Träger', exact: true }));
  await sichtbar(page.getByText('„< 3“: kleine Zahlen werden nicht gezeigt'));
  const zeile = page.getByRole('row', { name: /Träger Bremerhaven/ });
  await sichtbar(zeile);
  // The demo's single discharge of the year: hidden, with its length of stay and the column total.
  assert.ok(((await zeile.textContent()) ?? '').includes('< 3'));
  const summe = page.getByRole('row', { name: /Alle Träger/ });
  assert.ok(((await summe.textContent()) ?? '').includes('< 3'));
  // Only Bremerhaven's provider: KIJU Wuppertal's Hilfen are granted by another Jugendamt.
  assert.equal(await page.getByRole('row', { name: /KIJU/ }).count(), 0);
  const ergebnis = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  assert.deepEqual(
    ergebnis.violations.map((v) => v.id),
    [],
  );
  await kontext.close();
});
