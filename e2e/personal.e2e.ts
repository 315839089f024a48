/**
 * A Leitung sees on one page whether this month's staffing meets each contract: Bremerhaven's LT 11
 * aftercare is short of Betreuung in November 2026 (red, with the clause), the register shows certificates.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { anmelden, datum, feld, neuerKontext, sichtbar, verbindeBrowser, waehle } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

test('Besetzung im November: LT 11 Betreuung rot mit Quelle, Trägerbudget knapp, Verzeichnis mit § 72a', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/personal');
  await anmelden(page, 'leitung@traeger-bremerhaven.demo');
  await sichtbar(page.getByRole('heading', { name: 'Personal und Besetzung', level: 1 }));
  await sichtbar(
    page.getByRole('status').getByText('ist die Besetzung nicht vertragsgemäß', { exact: false }),
  );
  await sichtbar(page.getByText('Nicht erfüllt: Betreuung 1 : 12'));
  await sichtbar(page.getByText('LT 11, Nr. 7 Umfang der Leistung', { exact: false }));
  await sichtbar(page.getByText('Stellen laut Budgetvereinbarung'));
  await sichtbar(page.getByRole('cell', { name: 'Frieda Fischer' }));
  // The year at a glance: the Trägerbudget team is short in November, said in words beside the chart.
  await sichtbar(page.getByRole('heading', { name: /Besetzung im Jahr \d{4}: Soll und Ist je Monat/ }));
  await sichtbar(page.getByText('November: nicht erfüllt').first());
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
  );
  await kontext.close();
});

test('Person aufnehmen: über 1,0 VK deutsch abgewiesen, dann gespeichert; Führungszeugnis nachtragen', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/personal');
  await anmelden(page, 'leitung@kiju.demo');
  await page.getByRole('button', { name: 'Person aufnehmen' }).click();
  await feld(page, 'Name').fill('Tina Test');
  await waehle(page, 'Qualifikation', 'Erzieher/in');
  await waehle(page, 'Leistung', /KIJU/);
  await feld(page, 'Stellenumfang (VK) ab Eintritt').fill('1,2');
  await datum(page, 'Eintritt', '01.12.2026');
  await page.getByRole('button', { name: 'Person aufnehmen' }).last().click();
  await sichtbar(page.getByText('Eine Person hat höchstens 1,0 VK.'));
  await feld(page, 'Stellenumfang (VK) ab Eintritt').fill('0,5');
  await page.getByRole('button', { name: 'Person aufnehmen' }).last().click();
  await sichtbar(page.getByRole('cell', { name: 'Tina Test' }));
  await page.getByRole('button', { name: 'Bearbeiten Tina Test' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Erweitertes Führungszeugnis' }).fill('20.11.2026');
  await dialog.getByRole('button', { name: 'Angaben speichern' }).click();
  await sichtbar(page.getByRole('row', { name: /Tina Test.*20\.11\.2031/ }));
  await kontext.close();
});

test('Abwesenheiten: Fälle ohne Vertretung rot; Urlaub mit Vertretung eintragen', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/personal');
  await anmelden(page, 'leitung@kiju.demo');
  const warnung = page.getByRole('status').filter({ hasText: 'Fälle ohne Vertretung' });
  await sichtbar(warnung.getByText('KIJU-2026-001, KIJU-2026-002', { exact: false }));
  const abwesenheiten = page.getByRole('region', { name: 'Abwesenheiten und Vertretung' });
  await waehle(page, 'Person', 'Finn Fachmann', abwesenheiten);
  await waehle(page, 'Art', 'Urlaub', abwesenheiten);
  await datum(page, 'Von', '04.01.2027');
  await datum(page, 'Bis', '08.01.2027');
  await waehle(page, 'Vertretung für die Fälle', 'Lea Leitner', abwesenheiten);
  await page.getByRole('button', { name: 'Abwesenheit eintragen' }).click();
  await sichtbar(page.getByRole('row', { name: /Finn Fachmann.*04\.01\.2027.*Lea Leitner.*alle vertreten/ }));
  await kontext.close();
});
