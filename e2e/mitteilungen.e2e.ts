import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { anmelden, eindeutig, feld, neuerKontext, sichtbar, verbindeBrowser, waehle } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

test('Fachkraft teilt dem Jugendamt ein Gruppenangebot mit, das ASD liest es im Posteingang', async () => {
  const betreff = eindeutig('Ferienfreizeit');
  const fkKontext = await neuerKontext(browser);
  const fk = await fkKontext.newPage();
  await fk.goto('/');
  await anmelden(fk, 'fachkraft@traeger-bremerhaven.demo');
  await fk.getByRole('link', { name: 'Fälle', exact: true }).click();
  await fk.getByRole('link', { name: 'TBH-2026-002' }).click();
  await sichtbar(fk.getByRole('heading', { name: 'Fall TBH-2026-002' }));
  await fk.getByRole('button', { name: 'Mitteilung an das Jugendamt' }).first().click();
  await waehle(fk, 'Art der Mitteilung', 'Gruppenangebot');
  await feld(fk, 'Betreff').fill(betreff);
  await feld(fk, 'Mitteilung').fill('Wir bieten in den Osterferien eine Freizeit an.');
  await fk.getByRole('button', { name: 'Mitteilung senden …' }).click();
  const dialog = fk.getByRole('dialog', { name: 'Mitteilung senden?' });
  await sichtbar(dialog.getByText(/nicht mehr geändert/));
  await dialog.getByRole('button', { name: 'Jetzt senden' }).click();
  await sichtbar(fk.getByText(/Die Mitteilung liegt im Posteingang/));

  const asdKontext = await neuerKontext(browser);
  const asd = await asdKontext.newPage();
  await asd.goto('/');
  await anmelden(asd, 'asd@jugendamt-bremerhaven.demo');
  await sichtbar(asd.getByRole('heading', { name: 'Posteingang', level: 1 }));
  const zeile = asd
    .getByRole('table', { name: 'Posteingang' })
    .getByRole('row', { name: new RegExp(betreff) });
  await sichtbar(zeile.getByText('Gruppenangebot', { exact: true }));
  const pdfLink = zeile.getByRole('link', { name: /\(PDF\)/ });
  const pdf = await asdKontext.request.get((await pdfLink.getAttribute('href')) as string);
  assert.equal(pdf.status(), 200);
  assert.equal((await pdf.body()).subarray(0, 4).toString(), '%PDF');
  await zeile.getByRole('button', { name: /als gelesen vermerken/ }).click();
  await sichtbar(zeile.getByText(/gelesen am/));
  await Promise.all([asdKontext.close(), fkKontext.close()]);
});
