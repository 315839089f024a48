/**
 * A complaint as it really arrives: a young person on a 360 px phone uses the public form without
 * logging in, then the Leitung finds it with its due dates and moves it forward.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { anmelden, feld, neuerKontext, sichtbar, verbindeBrowser, waehle } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

test('Beschwerde vom Handy ohne Anmeldung, dann von der Leitung bearbeitet', async () => {
  const handy = await neuerKontext(browser);
  const page = await handy.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/beschwerde/kiju-wuppertal');
  await sichtbar(page.getByRole('heading', { name: 'Du möchtest dich beschweren?' }));
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(
    axe.violations.map((v) => v.id),
    [],
  );
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360);
  // Empty text: the form says what is missing, nothing is sent.
  await page.getByRole('button', { name: 'Beschwerde absenden' }).click();
  await sichtbar(page.getByText('Bitte schreib auf, worüber du dich beschweren möchtest.'));
  const text = `Mein Termin fällt dauernd aus <b>${Date.now()}</b>`;
  await page.getByLabel(/Was ist passiert/).fill(text);
  await page.getByRole('button', { name: 'Beschwerde absenden' }).click();
  await sichtbar(page.getByRole('heading', { name: 'Danke! Deine Beschwerde ist angekommen.' }));
  const nummer = (await page.getByRole('status').locator('strong').textContent())?.trim() ?? '';
  assert.match(nummer, /^B-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await handy.close();

  const kontext = await neuerKontext(browser);
  const leitung = await kontext.newPage();
  await leitung.goto('/beschwerden');
  await anmelden(leitung, 'leitung@kiju.demo');
  await sichtbar(leitung.getByRole('heading', { name: 'Beschwerden', level: 1 }));
  const zeile = leitung.getByRole('row').filter({ hasText: nummer });
  // The markup stays text: no bold element was created from the complaint.
  await sichtbar(zeile.getByText(text));
  await sichtbar(zeile.getByText('02.12.2026'));
  await sichtbar(zeile.getByText('23.12.2026'));
  await zeile.getByRole('button', { name: `Weiterführen ${nummer}` }).click();
  await waehle(leitung, 'Neuer Status', 'Beantwortet');
  await leitung.getByRole('button', { name: 'Speichern' }).click();
  await sichtbar(leitung.getByRole('alert').getByText('was die Beschwerde ergeben hat', { exact: false }));
  await feld(leitung, 'Ergebnis').fill('Termine fest vereinbart.');
  await leitung.getByRole('button', { name: 'Speichern' }).click();
  await sichtbar(zeile.getByText('Beantwortet'));
  await kontext.close();
});
