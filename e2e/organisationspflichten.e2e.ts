/**
 * The organisation's duties on the deadlines page (heute 25.11.2026): the Leitung marks the rota sent to the
 * fire brigade as met with the PDF attached and downloads it again from the list; then sets a supervision of
 * its own every 4 weeks, which appears among the organisation deadlines, and stops it again.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { anmelden, eindeutig, feld, neuerKontext, sichtbar, verbindeBrowser, waehle } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

test('Frist des Trägers mit angehängtem Bericht erledigen und den Bericht wieder herunterladen', async () => {
  const kontext = await neuerKontext(browser);
  const seite = await kontext.newPage();
  await seite.goto('/team-fristen');
  await anmelden(seite, 'leitung@kiju.demo');
  const tabelle = seite.getByRole('table', { name: 'Fristen des Trägers' });
  await sichtbar(tabelle);
  await tabelle
    .getByRole('button', { name: /Bereitschaftsdienstplan.*als erledigt vermerken/ })
    .first()
    .click();
  const dialog = seite.getByRole('dialog', { name: 'Frist als erledigt vermerken' });

  // A text file named .pdf: refused at the file field (415), the deadline stays open.
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: 'falsch.pdf', mimeType: 'application/pdf', buffer: Buffer.from('kein PDF') });
  await dialog.getByRole('button', { name: 'Als erledigt speichern' }).click();
  await sichtbar(dialog.getByText(/Dieser Dateityp wird nicht angenommen/));

  const name = `${eindeutig('Bereitschaftsplan')}.pdf`;
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/pdf', buffer: PDF });
  await feld(seite, 'Womit erfüllt').fill('Per E-Mail an die Leitstelle');
  await dialog.getByRole('button', { name: 'Als erledigt speichern' }).click();
  const link = tabelle.getByRole('link', { name: new RegExp(`herunterladen: ${name.replace('.', '\\.')}`) });
  await sichtbar(link);
  await sichtbar(tabelle.getByText(/Per E-Mail an die Leitstelle/));

  const [download] = await Promise.all([seite.waitForEvent('download'), link.click()]);
  assert.equal(download.suggestedFilename(), name);
  const pfad = join(tmpdir(), `hw-e2e-${name}`);
  await download.saveAs(pfad);
  assert.ok((await readFile(pfad)).equals(PDF));

  const axe = await new AxeBuilder({ page: seite })
    .include('section[aria-labelledby="traegerfristen"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  assert.deepEqual(
    axe.violations.map((v) => v.id),
    [],
  );
  await kontext.close();
});

test('eigene Pflicht: Supervision alle 4 Wochen anlegen, erscheint bei den Fristen, wieder beenden', async () => {
  const kontext = await neuerKontext(browser);
  const seite = await kontext.newPage();
  await seite.goto('/team-fristen');
  await anmelden(seite, 'leitung@kiju.demo');
  const abschnitt = seite.locator('section[aria-labelledby="eigene-pflichten"]');
  // The demo's own duty: team supervision every 6 weeks.
  await sichtbar(abschnitt.getByRole('cell', { name: 'alle 6 Wochen' }));

  await abschnitt.getByRole('button', { name: 'Eigene Pflicht anlegen' }).click();
  const dialog = seite.getByRole('dialog', { name: 'Eigene Pflicht anlegen' });
  const titel = eindeutig('Fallsupervision');
  await feld(seite, 'Titel').fill(titel);
  await waehle(seite, 'Rhythmus', 'alle N Wochen');
  // Without the number of weeks: said at the field, nothing sent.
  await feld(seite, 'Erster Termin').fill('27.11.2026');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await sichtbar(dialog.getByText('Bitte eine ganze Zahl von 1 bis 52 Wochen angeben.'));
  const axe = await new AxeBuilder({ page: seite })
    .include('[role="dialog"]')
    .include('section[aria-labelledby="eigene-pflichten"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  assert.deepEqual(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
  );
  await feld(seite, 'Alle wie viele Wochen').fill('4');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await sichtbar(
    abschnitt.getByRole('row', { name: new RegExp(titel) }).getByRole('cell', { name: 'alle 4 Wochen' }),
  );
  const fristen = seite.getByRole('table', { name: 'Fristen des Trägers' });
  const frist = fristen.getByRole('row', { name: new RegExp(titel) });
  await sichtbar(frist.getByRole('cell', { name: '27.11.2026' }));
  await sichtbar(frist.getByText('Eigene Pflicht der Leitung'));

  await abschnitt.getByRole('button', { name: `${titel} beenden` }).click();
  await seite
    .getByRole('dialog', { name: 'Eigene Pflicht beenden' })
    .getByRole('button', { name: 'Beenden' })
    .click();
  await sichtbar(abschnitt.getByRole('row', { name: new RegExp(titel) }).getByText('beendet am 25.11.2026'));
  // Its open deadline lapsed: the list shows no lapsed ones.
  await seite.waitForFunction(
    (t) => !document.querySelector('table[aria-label="Fristen des Trägers"]')?.textContent?.includes(t),
    titel,
  );
  await kontext.close();
});
