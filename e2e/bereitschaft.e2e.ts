/**
 * The Leitung prints this month's on-call rota for the fire brigade and is stopped when a new shift
 * overlaps a planned one.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { anmelden, feld, neuerKontext, sichtbar, verbindeBrowser, waehle } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

test('Bereitschaftsplan November: Dienste sichtbar, PDF abrufbar, Überschneidung abgewiesen', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/bereitschaft');
  await anmelden(page, 'leitung@kiju.demo');
  await sichtbar(page.getByRole('heading', { name: 'Bereitschaftsdienst', level: 1 }));
  await sichtbar(page.getByRole('cell', { name: 'Mo., 02.11.2026, 08:00 Uhr' }));
  // Sami Helfer is sick over his on-call week from 30.11.: the rota says so before it goes out.
  await sichtbar(page.getByRole('status').getByText('Dienst während einer Abwesenheit'));
  await sichtbar(page.getByText('abwesend: Krankheit 23.11.2026–02.12.2026'));
  const link = page.getByRole('link', { name: 'Plan als PDF für die Feuerwehr' });
  const href = await link.getAttribute('href');
  assert.equal(href, '/api/bereitschaft/2026-11/pdf');
  const pdf = await page.request.get(href ?? '');
  assert.equal(pdf.status(), 200);
  assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');

  await waehle(page, 'Person', 'Finn Fachmann');
  await feld(page, 'Beginn').fill('2026-11-10T18:00');
  await feld(page, 'Ende').fill('2026-11-11T08:00');
  await feld(page, 'Telefon').fill('0170 555 1234');
  await page.getByRole('button', { name: 'Dienst eintragen' }).click();
  await sichtbar(
    page.getByRole('alert').getByText('Überschneidet sich mit dem Dienst von', { exact: false }),
  );
  await kontext.close();
});
