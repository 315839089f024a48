/**
 * Acceptance walk of the key figures, as a new user tries it: the KIJU Leitung goes from her start page
 * to the yearly statistics and downloads the report; the Fachcontrolling of Bremerhaven (and of
 * Wuppertal, which has no Trägerbudget) finds its providers' figures with small counts suppressed —
 * on the page and in the files it downloads.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Download, Page } from 'playwright-core';
import { pdfText, pruefeAxe, pruefeSeite } from './abnahme.ts';
import { anmelden, neuerKontext, sichtbar, verbindeBrowser } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

async function speichere(download: Download): Promise<Buffer> {
  const ziel = join(tmpdir(), `hw-abnahme-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(ziel);
  return readFileSync(ziel);
}

/** Starts a download the way a user does and waits for the file. */
async function lade(page: Page, ausloesen: () => Promise<unknown>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), ausloesen()]);
  return download;
}

test('KIJU-Leitung: von der Übersicht zur Jahresstatistik, Jahresbericht als PDF und Tabellen als XLSX', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/');
  await anmelden(page, 'leitung@kiju.demo');
  await sichtbar(page.getByRole('heading', { name: 'Übersicht', level: 1 }));
  await sichtbar(page.getByText('Offene Verfahren nach § 8a'));
  await pruefeSeite(page, 'Übersicht');
  await pruefeAxe(page, 'Übersicht');

  await page.getByRole('link', { name: 'Alle Kennzahlen und Jahresbericht' }).click();
  await sichtbar(page.getByRole('heading', { name: 'Kennzahlen', level: 1 }));
  await sichtbar(page.getByText('Jahr 2026'));
  // Each figure says what it counts and where the rule comes from.
  await sichtbar(page.getByText('Aufnahmen', { exact: true }));
  await sichtbar(page.getByText('Hilfen, deren Beginn im Zeitraum liegt.'));
  await sichtbar(page.getByText(/^Quelle: /).first());
  await sichtbar(page.getByRole('figure', { name: 'Stunden nach Art' }));
  const beschriftung = await page
    .getByRole('figure', { name: 'Stunden nach Art' })
    .locator('figcaption')
    .innerText();
  assert.doesNotMatch(beschriftung, /Std\.\(|\.\.$/, `Bildunterschrift: ${beschriftung}`);
  await pruefeSeite(page, 'Kennzahlen');
  await pruefeAxe(page, 'Kennzahlen');

  // The report, started with the keyboard: a real PDF download with the year's figures in it.
  const pdfLink = page.getByRole('link', { name: 'Jahresbericht 2026 (PDF)' });
  await pdfLink.focus();
  const beginn = Date.now();
  const pdf = await lade(page, () => page.keyboard.press('Enter'));
  assert.match(pdf.suggestedFilename(), /\.pdf$/);
  const text = pdfText(await speichere(pdf), 'jahresbericht.pdf');
  const dauer = Date.now() - beginn;
  assert.ok(dauer < 10_000, `Der Jahresbericht brauchte ${dauer} ms`);
  assert.match(text, /Jahresbericht Kennzahlen 2026/);
  assert.match(text, /KIJU Wuppertal/);
  assert.match(text, /Leistungsstatistik/);
  assert.doesNotMatch(text, /\b\d{4}-\d{2}-\d{2}\b/, 'Datum im Bericht nicht als TT.MM.JJJJ');

  const xlsx = await lade(page, () => page.getByRole('link', { name: 'Tabellen (XLSX)' }).click());
  assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
  assert.equal((await speichere(xlsx)).subarray(0, 2).toString(), 'PK', 'XLSX ist keine Excel-Datei');
  await kontext.close();
});

test('Fachcontrolling Bremerhaven: Kennzahlen seiner Träger, kleine Zahlen auf der Seite und in der Datei verborgen', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/');
  await anmelden(page, 'controlling@jugendamt-bremerhaven.demo');
  await sichtbar(page.getByRole('heading', { name: 'Trägerbudgets', level: 1 }));
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Kennzahlen der Träger' })
    .click();
  await sichtbar(page.getByRole('heading', { name: 'Kennzahlen der Träger', level: 1 }));
  await sichtbar(page.getByText('„< 3“: kleine Zahlen werden nicht gezeigt'));
  const tabelle = page.getByRole('table', { name: 'Kennzahlen der Träger 2026' });
  const zeile = tabelle.getByRole('row', { name: /^Träger Bremerhaven/ });
  await sichtbar(zeile);
  // The year's single discharge: hidden as „< 3“, its length of stay as „< 3 Hilfen“ (not „3 days“).
  const zellen = (await zeile.getByRole('cell').allInnerTexts()).map((z) => z.trim());
  assert.equal(zellen[3], '< 3', `Entlassungen: ${zellen.join(' | ')}`);
  assert.equal(zellen[5], '< 3 Hilfen', `Verweildauer Mittel: ${zellen.join(' | ')}`);
  // Only the providers of Bremerhaven's Hilfen: KIJU's are granted by Wuppertal.
  assert.equal(await tabelle.getByRole('row', { name: /KIJU/ }).count(), 0);
  await pruefeSeite(page, 'Kennzahlen der Träger');
  await pruefeAxe(page, 'Kennzahlen der Träger');

  // The file says the same: the small count is not in it either.
  const csv = await lade(page, () => page.getByRole('link', { name: 'CSV' }).click());
  const inhalt = (await speichere(csv)).toString('utf8');
  const csvZeile = inhalt.split(/\r?\n/).find((z) => z.includes('Träger Bremerhaven')) ?? '';
  const felder = csvZeile.split(';');
  assert.ok(felder.length > 4, `CSV-Zeile: ${csvZeile}`);
  assert.equal(felder[3], '< 3', `CSV-Zeile: ${csvZeile}`);
  assert.equal(felder[5], '< 3 Hilfen', `CSV-Zeile: ${csvZeile}`);
  assert.doesNotMatch(csvZeile, /;[12];/, `kleine Zahl in der Datei: ${csvZeile}`);
  const xlsx = await lade(page, () => page.getByRole('link', { name: 'Excel (XLSX)' }).click());
  assert.equal((await speichere(xlsx)).subarray(0, 2).toString(), 'PK');
  await kontext.close();
});

test('Fachcontrolling Wuppertal ohne Trägerbudget findet von der Startseite zu den Kennzahlen seiner Träger', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/');
  await anmelden(page, 'controlling@jugendamt-wuppertal.demo');
  await sichtbar(page.getByRole('heading', { name: 'Trägerbudgets', level: 1 }));
  await sichtbar(page.getByText('Ihr Jugendamt hat mit keinem Träger ein Trägerbudget vereinbart.'));
  await page.getByRole('main').getByRole('link', { name: 'Kennzahlen der Träger' }).click();
  await sichtbar(page.getByRole('heading', { name: 'Kennzahlen der Träger', level: 1 }));
  await sichtbar(
    page
      .getByRole('table', { name: 'Kennzahlen der Träger 2026' })
      .getByRole('row', { name: /^KIJU Wuppertal/ }),
  );
  await pruefeSeite(page, 'Kennzahlen der Träger (Wuppertal)');
  await kontext.close();
});
