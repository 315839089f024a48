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

test('Beschwerde vom Handy (390×844), die Leitung setzt eine Verantwortliche und schließt mit Ergebnis ab', async () => {
  const handy = await neuerKontext(browser);
  const page = await handy.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/beschwerde/kiju-wuppertal');
  const text = `Das WLAN im Haus geht abends nie ${Date.now()}`;
  await page.getByLabel(/Was ist passiert/).fill(text);
  await page.getByRole('button', { name: 'Beschwerde absenden' }).click();
  await sichtbar(page.getByRole('heading', { name: 'Danke! Deine Beschwerde ist angekommen.' }));
  const nummer = (await page.getByRole('status').locator('strong').textContent())?.trim() ?? '';
  await handy.close();

  const kontext = await neuerKontext(browser);
  const leitung = await kontext.newPage();
  await leitung.goto('/beschwerden');
  await anmelden(leitung, 'leitung@kiju.demo');
  await sichtbar(leitung.getByRole('heading', { name: 'Statistik 2026' }));
  await sichtbar(leitung.getByRole('img', { name: /Beschwerden je Monat 2026/ }));
  const axe = await new AxeBuilder({ page: leitung })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  assert.deepEqual(
    axe.violations.map((v) => v.id),
    [],
  );
  const zeile = leitung.getByRole('row').filter({ hasText: nummer });
  await sichtbar(zeile.getByText(text));
  await zeile.getByRole('button', { name: `Bearbeiten ${nummer}` }).click();
  await waehle(leitung, 'Verantwortlich', 'Finn Fachmann');
  await leitung.getByRole('button', { name: 'Verantwortliche Person speichern' }).click();
  await sichtbar(zeile.getByText('Verantwortlich: Finn Fachmann'));

  await zeile.getByRole('button', { name: `Bearbeiten ${nummer}` }).click();
  // A close before receipt is refused with the server's German message; nothing changes.
  await feld(leitung, 'Ergebnis der Beschwerde').fill('Router getauscht, WLAN läuft wieder.');
  await feld(leitung, 'Abgeschlossen am').fill('01.01.2026');
  await leitung.getByRole('button', { name: 'Abschließen' }).click();
  await sichtbar(leitung.getByRole('alert').getByText('nicht vor dem Eingang', { exact: false }));
  // Filled directly: the Escape of the datum() helper would close the dialog.
  await feld(leitung, 'Abgeschlossen am').fill('25.11.2026');
  await leitung.getByRole('button', { name: 'Abschließen' }).click();
  await sichtbar(zeile.getByText('Abgeschlossen'));
  await sichtbar(zeile.getByText('Ergebnis: Router getauscht, WLAN läuft wieder.'));
  await kontext.close();
});

test('Statistik: das Jahr wird mit der Tastatur gewählt, die Zahlen wechseln mit', async () => {
  const kontext = await neuerKontext(browser);
  const leitung = await kontext.newPage();
  await leitung.goto('/beschwerden');
  await anmelden(leitung, 'leitung@kiju.demo');
  await sichtbar(leitung.getByRole('heading', { name: 'Statistik 2026' }));
  const jahr = leitung.getByRole('combobox', { name: 'Jahr' });
  // Only the current year while no complaint is from another one.
  assert.deepEqual(await jahr.locator('option').allTextContents(), ['2026']);
  const anzahl = leitung.getByText(/^Beschwerden: \d+$/);
  const in2026 = await anzahl.textContent();
  assert.notEqual(in2026, 'Beschwerden: 0');

  // A complaint received by letter in June 2025, recorded now: 2025 becomes a year to choose.
  await leitung.getByRole('button', { name: 'Beschwerde erfassen' }).click();
  const dialog = leitung.getByRole('dialog', { name: 'Beschwerde erfassen' });
  await feld(leitung, 'Eingegangen am').fill('10.06.2025');
  await feld(leitung, 'Beschwerde').fill(`Brief vom Juni ${Date.now()}`);
  await dialog.getByRole('button', { name: 'Erfassen' }).click();
  await leitung.waitForFunction(() => !document.querySelector('[role="dialog"]'));
  await leitung.waitForFunction(() => document.querySelectorAll('select option').length === 2);
  assert.deepEqual(await jahr.locator('option').allTextContents(), ['2026', '2025']);

  await jahr.focus();
  await leitung.keyboard.press('ArrowDown');
  await sichtbar(leitung.getByRole('heading', { name: 'Statistik 2025' }));
  await sichtbar(leitung.getByText('Beschwerden: 1', { exact: true }));
  await sichtbar(leitung.getByRole('img', { name: /Beschwerden je Monat 2025: .*Juni 1/ }));
  // The focus stayed on the select while the year loaded; back to 2026 the same way.
  await leitung.keyboard.press('ArrowUp');
  await sichtbar(leitung.getByRole('heading', { name: 'Statistik 2026' }));
  assert.equal(await anzahl.textContent(), in2026);
  await kontext.close();
});
