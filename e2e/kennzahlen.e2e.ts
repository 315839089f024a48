import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  await sichtbar(page.getByText('Hilfen, deren Beginn im Zeitraum liegt.'));
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
  await sichtbar(page.getByText('Keine Hilfe in diesem Zeitraum.'));
  await kontext.close();
});

test('KIJU-Leitung beginnt auf der Übersicht, öffnet die Jahresstatistik und lädt den Jahresbericht', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/');
  await anmelden(page, 'leitung@kiju.demo');
  await page.waitForURL(/\/uebersicht$/);
  await sichtbar(page.getByRole('heading', { name: 'Übersicht', exact: true }));
  await sichtbar(page.getByText('Überfällige Fristen', { exact: true }));
  await sichtbar(page.getByText('Offene Verfahren nach § 8a'));
  await sichtbar(page.getByRole('figure', { name: 'Stunden des Monats gegen Plan' }));
  const ergebnis = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  assert.deepEqual(
    ergebnis.violations.map((v) => v.id),
    [],
  );
  await page.getByRole('link', { name: 'Alle Kennzahlen und Jahresbericht' }).click();
  await sichtbar(page.getByRole('heading', { name: 'Kennzahlen', exact: true }));
  await sichtbar(page.getByText('Jahr 2026'));
  await sichtbar(page.getByRole('figure', { name: 'Stunden nach Art' }));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Jahresbericht 2026 (PDF)' }).click(),
  ]);
  const ziel = join(tmpdir(), `hw-e2e-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(ziel);
  const text = execFileSync('pdftotext', ['-layout', ziel, '-']).toString('utf8');
  assert.match(text, /Jahresbericht Kennzahlen 2026/);
  assert.match(text, /Leistungsstatistik/);
  assert.ok(readFileSync(ziel).subarray(0, 4).toString() === '%PDF');
  await kontext.close();
});

test('Leitung schreibt die Texte des Jahresberichts, sendet ihn; das Jugendamt findet ihn im Posteingang', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/kennzahlen');
  await anmelden(page, 'leitung@kiju.demo');
  await sichtbar(page.getByRole('heading', { name: 'Texte des Jahresberichts 2026' }));
  await page.getByLabel('Ausblick').fill('Im nächsten Jahr eröffnen wir ein Familiencafé.');
  await page.getByRole('button', { name: 'Texte speichern' }).click();
  await sichtbar(page.getByText('Texte gespeichert.'));
  await waehle(page, 'Jugendamt', 'Jugendamt Wuppertal');
  await page.getByRole('button', { name: 'An das Jugendamt senden' }).click();
  await sichtbar(page.getByText(/Gesendet am .* an Jugendamt Wuppertal/));
  await sichtbar(page.getByText('Im nächsten Jahr eröffnen wir ein Familiencafé.'));
  await kontext.close();

  const ja = await neuerKontext(browser);
  const asd = await ja.newPage();
  await asd.goto('/posteingang');
  await anmelden(asd, 'asd@jugendamt-wuppertal.demo');
  await sichtbar(asd.getByRole('link', { name: 'Jahresbericht 2026 (PDF)' }));
  await ja.close();
});
