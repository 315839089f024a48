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

test('Personal: wer mit der Schulung nach § 8a überfällig ist, und eine neue Schulung holt ihn heraus', async () => {
  const kontext = await neuerKontext(browser);
  const seite = await kontext.newPage();
  await seite.goto('/personal');
  await anmelden(seite, 'leitung@kiju.demo');
  await sichtbar(seite.getByRole('heading', { name: 'Schulungen (jährlich § 8a)' }));
  await sichtbar(seite.getByText(/Schulung nach § 8a überfällig: .*Finn Fachmann/));
  await waehle(seite, 'Person', 'Finn Fachmann', seite.getByRole('form', { name: 'Schulung festhalten' }));
  await feld(seite, 'Anbieter').fill('Kinderschutzbund Wuppertal');
  await seite.getByRole('button', { name: 'Schulung festhalten' }).click();
  await sichtbar(seite.getByRole('row', { name: /Finn Fachmann 25\.11\.2026 25\.11\.2027/ }));
  await kontext.close();
});
