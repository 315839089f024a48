import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { feld, neuerKontext, sichtbar, verbindeBrowser } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

test('falsches Passwort zeigt eine deutsche Fehlermeldung', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/faelle');
  await sichtbar(page.getByRole('heading', { name: 'Anmelden bei Hilfewerk' }));
  await feld(page, 'E-Mail-Adresse').fill('fachkraft@kiju.demo');
  await feld(page, 'Passwort').fill('falsch-falsch');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await sichtbar(
    page.getByRole('alert').getByText('E-Mail-Adresse oder Passwort ist falsch.', { exact: false }),
  );
  await kontext.close();
});

test('das DEMO-Banner ist sichtbar', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/anmelden');
  await sichtbar(page.getByText('DEMO – Übungsumgebung', { exact: false }));
  await kontext.close();
});
