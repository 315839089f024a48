import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { anmelden, eindeutig, feld, neuerKontext, sichtbar, verbindeBrowser, waehle } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

/** The Entgelt as the result panel shows it, once the debounced calculation has answered. */
async function entgelt(page: Page): Promise<string> {
  const wert = page
    .getByText('Entgelt (EUR je Fachleistungsstunde)')
    .locator('xpath=following-sibling::*[1]');
  await sichtbar(wert);
  return (await wert.textContent()) ?? '';
}

test('Verwaltung kalkuliert, sieht Feldfehler, speichert und exportiert XLSX', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/');
  await anmelden(page, 'verwaltung@kiju.demo');
  await page.getByRole('link', { name: 'Kalkulation' }).click();
  await sichtbar(page.getByRole('heading', { name: 'Kalkulation', level: 1 }));

  await waehle(page, 'Leistung', /^KIJU Wuppertal Nachbetreuung/);
  await waehle(page, 'Variante', /eigenen Wohnung/);
  const direkt = feld(page, 'Direkter Anteil (am Klienten)');
  await sichtbar(direkt);
  const vorher = await entgelt(page);
  assert.match(vorher, /^\d{1,3}(\.\d{3})*,\d{2}\s€$/);

  // Out of range: the message stands at the field, the other inputs stay.
  const kosten = feld(page, 'Arbeitgeberkosten je VK Fachkraft');
  const kostenVorher = await kosten.inputValue();
  await direkt.fill('150');
  // In the user's words — the field's label and unit — and only once, never the engine's field name.
  await sichtbar(page.getByText('Direkter Anteil (am Klienten): höchstens 100 %'));
  assert.equal(await page.getByText('Direkter Anteil (am Klienten): höchstens 100 %').count(), 1);
  assert.equal(await page.getByText(/direktanteil|Eingabe ungültig/).count(), 0);
  assert.equal(await kosten.inputValue(), kostenVorher);

  await direkt.fill('80');
  await page.waitForFunction(
    (alt) => {
      const el = [...document.querySelectorAll('p')].find(
        (p) => p.textContent === 'Entgelt (EUR je Fachleistungsstunde)',
      );
      const wert = el?.nextElementSibling?.textContent;
      return wert && wert !== alt && !document.querySelector('[aria-busy="true"]');
    },
    vorher,
    { timeout: 10_000 },
  );
  const nachher = await entgelt(page);
  assert.notEqual(nachher, vorher);

  const bezeichnung = eindeutig('E2E-Kalkulation');
  await feld(page, 'Bezeichnung').fill(bezeichnung);
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await sichtbar(page.getByRole('heading', { name: `Versionen von „${bezeichnung}“` }));
  await sichtbar(page.getByRole('button', { name: 'Als Version 2 speichern' }));
  await sichtbar(page.getByRole('cell', { name: bezeichnung }));

  // The full page — inputs, result, chart, versions — meets WCAG 2.1 AA as axe checks it.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const befunde = axe.violations.map(
    (v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(befunde, []);
  if (process.env.HILFEWERK_E2E_BILD)
    await page.screenshot({ path: process.env.HILFEWERK_E2E_BILD, fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'XLSX exportieren' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^Kalkulation_kiju-nachbetreuung_eigene-wohnung_.*\.xlsx$/);
  const mappe = new ExcelJS.Workbook();
  await mappe.xlsx.read(await download.createReadStream());
  const ergebnis = mappe.getWorksheet('Ergebnis');
  assert.ok(ergebnis);
  const positionen = [10, 11, 12].map((r) => ergebnis.getCell(`B${r}`).value);
  assert.deepEqual(positionen.slice(0, 1), ['Arbeitgeberkosten einer Fachkraft (1 VK)']);
  const entgeltZelle = ergebnis.getCell('F15').value as ExcelJS.CellFormulaValue;
  assert.equal(
    new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(
      Number(entgeltZelle.result),
    ),
    nachher,
  );
  const eingaben = (mappe.getWorksheet('Eingaben')?.getSheetValues() ?? [])
    .slice(2)
    .map((r) => (r as unknown[]).slice(1));
  assert.ok(eingaben.some(([label, wert]) => label === 'Direkter Anteil (am Klienten)' && wert === '80 %'));

  // A second scenario with the old share: compared side by side with its difference to A.
  await page.getByRole('button', { name: 'Szenario hinzufügen' }).click();
  await feld(page, 'Direkter Anteil (am Klienten)').fill('75');
  await sichtbar(page.getByRole('heading', { name: 'Szenarienvergleich' }));
  const zeile = page
    .getByRole('row')
    .filter({ hasText: /^Entgelt/ })
    .filter({ hasText: vorher });
  await sichtbar(zeile);
  const text = (await zeile.textContent()) ?? '';
  assert.ok(text.includes(nachher) && text.includes('(+'), text);
  await kontext.close();
});
