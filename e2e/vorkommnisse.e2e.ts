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

test('Krankenhausaufenthalt: die Information der Sorgeberechtigten wird fällig, festgehalten, erledigt', async () => {
  const kontext = await neuerKontext(browser);
  const seite = await kontext.newPage();
  await seite.goto('/faelle');
  await anmelden(seite, 'fachkraft@kiju.demo');
  await seite
    .getByRole('link', { name: /KIJU-2026-001/ })
    .first()
    .click();
  await seite.getByRole('button', { name: 'Vorkommnis festhalten …' }).click();
  await waehle(seite, 'Art des Vorkommnisses', 'Krankenhausaufenthalt');
  await feld(seite, 'Was ist geschehen?').fill('Mit Verdacht auf Blinddarmentzündung aufgenommen.');
  await seite.getByRole('button', { name: 'Vorkommnis speichern' }).click();

  const eintrag = seite.getByRole('article', { name: 'Krankenhausaufenthalt am 25.11.2026' });
  await sichtbar(eintrag);
  await sichtbar(eintrag.getByText('Information der Sorgeberechtigten'));
  await sichtbar(eintrag.getByText('fällig', { exact: true }));
  await sichtbar(eintrag.getByText('fällig am 25.11.2026'));

  // The Kinderschutz overview lists the open duty beside the § 8a procedures (Leitung: all cases; Fachkraft: hers).
  await seite.getByRole('link', { name: 'Kinderschutz' }).first().click();
  await sichtbar(
    seite.getByRole('row', {
      name: /KIJU-2026-001.*Krankenhausaufenthalt.*Information der Sorgeberechtigten/,
    }),
  );
  await seite.goBack();

  await eintrag.getByRole('textbox', { name: 'Erreicht wurde' }).fill('Sabine Beispiel (Mutter)');
  await eintrag.getByRole('combobox', { name: 'Wie' }).click();
  await seite.getByRole('option', { name: 'Telefon' }).click();
  await eintrag.getByRole('button', { name: 'Festhalten' }).click();
  await sichtbar(eintrag.getByText('erledigt', { exact: true }));
  await sichtbar(eintrag.getByText('am 25.11.2026: Sabine Beispiel (Mutter) (Telefon)'));
  assert.equal(await eintrag.getByRole('button', { name: 'Festhalten' }).count(), 0);
  await kontext.close();
});
