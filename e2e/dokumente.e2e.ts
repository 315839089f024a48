import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { anmelden, eindeutig, neuerKontext, sichtbar, verbindeBrowser, waehle } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

/** Enough of a PDF for the server's content check (it looks at the first bytes, not the name). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

test('Fachkraft lädt einen Hilfeplan als PDF hoch, sieht ihn in der Liste, lädt ihn herunter und löscht ihn', async () => {
  const kontext = await neuerKontext(browser);
  const seite = await kontext.newPage();
  await seite.goto('/faelle');
  await anmelden(seite, 'fachkraft@kiju.demo');
  await seite
    .getByRole('link', { name: /KIJU-2026-001/ })
    .first()
    .click();
  const abschnitt = seite.getByRole('region', { name: 'Dokumente' });
  await sichtbar(abschnitt);
  const formular = seite.getByRole('form', { name: 'Dokument hochladen' });

  // Without kind and file: German messages, nothing sent.
  await formular.getByRole('button', { name: 'Hochladen' }).click();
  await sichtbar(formular.getByText('Bitte die Art des Dokuments wählen.'));
  await sichtbar(formular.getByText('Bitte wählen Sie eine Datei aus.'));

  // A text file named .pdf: the server looks at the content and refuses it (415).
  await waehle(seite, 'Art des Dokuments', 'Hilfeplan');
  await formular
    .locator('input[type="file"]')
    .setInputFiles({ name: 'falsch.pdf', mimeType: 'application/pdf', buffer: Buffer.from('kein PDF') });
  await formular.getByRole('button', { name: 'Hochladen' }).click();
  await sichtbar(formular.getByText(/Dieser Dateityp wird nicht angenommen/));

  const name = `${eindeutig('Hilfeplan')}.pdf`;
  await formular
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/pdf', buffer: PDF });
  await formular.getByRole('button', { name: 'Hochladen' }).click();
  const zeile = abschnitt.getByRole('row', { name: new RegExp(name.replace('.', '\\.')) });
  await sichtbar(zeile);
  await sichtbar(zeile.getByRole('cell', { name: 'Hilfeplan', exact: true }));
  await sichtbar(zeile.getByRole('cell', { name: `${PDF.length} Byte` }));
  await sichtbar(zeile.getByRole('cell', { name: /^\d{2}\.\d{2}\.\d{4}$/ }));
  await sichtbar(zeile.getByRole('cell', { name: 'Finn Fachmann' }));

  // The section with a listed document, the form with its error shown, and the case file around it.
  const ergebnis = await new AxeBuilder({ page: seite })
    .include('section[aria-labelledby="dokumente-titel"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  assert.deepEqual(
    ergebnis.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
  );

  const [download] = await Promise.all([
    seite.waitForEvent('download'),
    zeile.getByRole('link', { name: `${name} herunterladen` }).click(),
  ]);
  assert.equal(download.suggestedFilename(), name);
  const pfad = join(tmpdir(), `hw-e2e-${name}`);
  await download.saveAs(pfad);
  assert.ok((await readFile(pfad)).equals(PDF));

  await zeile.getByRole('button', { name: `${name} löschen` }).click();
  const dialog = seite.getByRole('dialog', { name: 'Dokument löschen?' });
  await sichtbar(dialog.getByText(`„${name}“ wird aus der Fallakte gelöscht.`, { exact: false }));
  await dialog.getByRole('button', { name: 'Löschen' }).click();
  await seite.waitForFunction((n) => !document.body.innerText.includes(n), name);
  assert.equal(await abschnitt.getByRole('row', { name: new RegExp(name.replace('.', '\\.')) }).count(), 0);
  await kontext.close();
});
