import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { anmelden, eindeutig, feld, neuerKontext, sichtbar, verbindeBrowser } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

test('ein Entwurf übersteht Neuladen und Sitzungsende', async () => {
  const aktenzeichen = eindeutig('ENTWURF');
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/faelle/neu');
  await anmelden(page, 'fachkraft@kiju.demo');
  await sichtbar(page.getByRole('heading', { name: 'Fall anlegen' }));
  await feld(page, 'Aktenzeichen').fill(aktenzeichen);
  await feld(page, 'Bezeichnung').fill('Noch nicht gespeichert');

  await page.reload();
  await sichtbar(page.getByText('Entwurf wiederhergestellt'));
  assert.equal(await feld(page, 'Aktenzeichen').inputValue(), aktenzeichen);

  // Session gone (cookie lost/expired): the next visit asks for the login and returns to the form.
  await kontext.clearCookies();
  await page.reload();
  await sichtbar(page.getByRole('heading', { name: 'Anmelden bei Hilfewerk' }));
  await anmelden(page, 'fachkraft@kiju.demo');
  await sichtbar(page.getByRole('heading', { name: 'Fall anlegen' }));
  await sichtbar(page.getByText('Entwurf wiederhergestellt'));
  assert.equal(await feld(page, 'Bezeichnung').inputValue(), 'Noch nicht gespeichert');

  await page.getByRole('button', { name: 'Entwurf verwerfen' }).click();
  assert.equal(await feld(page, 'Aktenzeichen').inputValue(), '');
  await kontext.close();
});
