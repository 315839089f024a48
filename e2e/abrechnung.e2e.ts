import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Download, Page } from 'playwright-core';
import {
  anmelden,
  basisUrl,
  datum,
  feld,
  neuerKontext,
  sichtbar,
  verbindeBrowser,
  waehle,
} from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

async function inhalt(download: Download): Promise<Buffer> {
  const ziel = join(tmpdir(), `hw-e2e-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(ziel);
  return readFile(ziel);
}

test('Fachkraft erfasst Stunden auf dem Telefon (360 × 740): Entwurf, Speichern, Wiederholen', async () => {
  const kontext = await browser.newContext({
    baseURL: basisUrl(),
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  kontext.setDefaultTimeout(10_000);
  const page = await kontext.newPage();
  await page.goto('/leistungen');
  await anmelden(page, 'fachkraft@kiju.demo');
  await sichtbar(page.getByRole('heading', { name: 'Stunden erfassen' }));

  await datum(page, 'Datum', '27.10.2026');
  await waehle(page, 'Fall', /^KIJU-2026-001/);
  await feld(page, 'Beginn').fill('18:00');
  await feld(page, 'Ende').fill('19:30');
  // The draft survives a reload.
  await page.waitForTimeout(300);
  await page.reload();
  await sichtbar(page.getByText('Entwurf wiederhergestellt'));
  assert.equal(await feld(page, 'Ende').inputValue(), '19:30');

  // Nothing is wider than the phone.
  const breite = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(breite <= 360, `Seite ist ${breite} px breit`);

  await page.getByRole('button', { name: 'Speichern' }).tap();
  await sichtbar(page.getByText(/Gespeichert: 27\.10\.2026, 1:30 h Direkt am Klient \(KIJU-2026-001\)/));

  // Repeat the last entry with one tap, on another day.
  await page
    .getByRole('button', { name: /KIJU-2026-001 · Direkt am Klient · 18:00–19:30/ })
    .first()
    .tap();
  assert.equal(await feld(page, 'Beginn').inputValue(), '18:00');
  await datum(page, 'Datum', '28.10.2026');
  await page.getByRole('button', { name: 'Speichern' }).tap();
  await sichtbar(page.getByText(/Gespeichert: 28\.10\.2026/));

  // An overlapping entry is refused with the server's message, and the input stays.
  await page
    .getByRole('button', { name: /KIJU-2026-001 · Direkt am Klient · 18:00–19:30/ })
    .first()
    .tap();
  await datum(page, 'Datum', '28.10.2026');
  await page.getByRole('button', { name: 'Speichern' }).tap();
  await sichtbar(page.getByText(/überschneiden/));
  assert.equal(await feld(page, 'Ende').inputValue(), '19:30');
  await sichtbar(page.getByText('28.10.2026 · 18:00–19:30 Uhr'));
  await kontext.close();
});

test('Verwaltung schließt den Monat ab und lädt PDF, XRechnung und DATEV-Export herunter', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/abrechnung');
  await anmelden(page, 'verwaltung@kiju.demo');
  await sichtbar(page.getByRole('heading', { name: 'Abrechnung', exact: true }));

  // The picker opens on the oldest month still open, so a forgotten month is seen first.
  const offen: string[] = await page.evaluate(async () => (await fetch('/api/abschluesse/offen')).json());
  const [j, m] = offen[0].split('-').map(Number);
  const aeltester = new Intl.DateTimeFormat('de-DE', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(j, m - 1, 1)));
  assert.equal(await page.getByRole('combobox', { name: 'Monat' }).inputValue(), aeltester);

  await waehle(page, 'Monat', 'Oktober 2026');
  await page.getByRole('button', { name: 'Monat abschließen …' }).click();
  // Before the irreversible step: what the close will invoice, per Jugendamt.
  const dialog = page.getByRole('dialog');
  await sichtbar(dialog.getByRole('cell', { name: 'Stadt Wuppertal – Jugendamt' }));
  await sichtbar(dialog.getByText(/Einträge werden gesperrt; Rechnungen über [\d.]+,\d{2}\s€/));
  await dialog.getByRole('button', { name: 'Jetzt abschließen' }).click();
  await sichtbar(page.getByText('Oktober 2026 abgeschlossen'));
  await sichtbar(page.getByText(/Rechnung\(en\): RE-\d{4}-00001 an Stadt Wuppertal – Jugendamt/));

  const zeile = page.getByRole('row', { name: /RE-2026-00001/ });
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    zeile.getByRole('link', { name: /^PDF RE-/ }).click(),
  ]);
  assert.match(pdf.suggestedFilename(), /^RE-\d{4}-00001\.pdf$/);
  assert.equal((await inhalt(pdf)).subarray(0, 5).toString(), '%PDF-');

  const [xml] = await Promise.all([
    page.waitForEvent('download'),
    zeile.getByRole('link', { name: /^XRechnung RE-/ }).click(),
  ]);
  const text = (await inhalt(xml)).toString('utf8');
  assert.match(text, /<cbc:BuyerReference>05124000-00001-55<\/cbc:BuyerReference>/);
  assert.match(text, /xrechnung_3\.0/);

  const [datev] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'DATEV-Export 2026-10' }).click(),
  ]);
  assert.match((await inhalt(datev)).toString('latin1'), /^"EXTF";700;21;"Buchungsstapel"/);

  // The invoice went out today: recorded with the day, shown in the list.
  await zeile.getByRole('button', { name: /als versendet markieren/ }).click();
  const status = page.getByRole('dialog', { name: /Status von RE-/ });
  assert.equal(await status.getByRole('textbox', { name: 'Versendet am' }).inputValue(), '25.11.2026');
  await status.getByRole('button', { name: 'Speichern' }).click();
  await sichtbar(zeile.getByText('am 25.11.2026'));
  await sichtbar(zeile.getByRole('button', { name: /als bezahlt markieren/ }));

  // A second close of the same month is not offered any more.
  await page.getByRole('combobox', { name: 'Monat', exact: true }).click();
  assert.equal(await page.getByRole('option', { name: 'Oktober 2026', exact: true }).count(), 0);
  await kontext.close();
});

test('Administration pflegt die Rechnungsangaben: ohne Kennung keine Rechnungen, falsche IBAN abgewiesen', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/abrechnung');
  await anmelden(page, 'admin@kiju.demo');
  await page.getByRole('link', { name: 'Rechnungsangaben' }).click();
  await sichtbar(page.getByRole('heading', { name: 'Rechnungsangaben', exact: true }));
  await sichtbar(page.getByText('Vollständig'));

  const register = feld(page, 'Registernummer');
  const bisher = await register.inputValue();
  await register.fill('');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await sichtbar(page.getByText('Noch keine Rechnungen möglich'));
  await sichtbar(page.getByText(/BR-CO-26/).first());
  // The Abrechnung page warns too, before anyone tries to close a month.
  await page.goto('/abrechnung');
  await sichtbar(page.getByText('Rechnungsangaben unvollständig'));
  // The Administration does not write credit notes: the button says why it is disabled.
  const gutschrift = page.getByRole('button', { name: /^Gutschrift zu RE-/ }).first();
  assert.equal(await gutschrift.isDisabled(), true);
  await sichtbar(page.getByText('Gutschriften schreiben Verwaltung und Leitung.').first());

  await page.goto('/abrechnung/rechnungsangaben');
  await feld(page, 'IBAN').fill('DE02 1203 0000 0000 2020 52');
  await register.fill(bisher);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await sichtbar(page.getByText(/Diese IBAN stimmt nicht/));
  // The input stays as typed; with the right IBAN it saves and invoices are possible again.
  assert.equal(await register.inputValue(), bisher);
  await feld(page, 'IBAN').fill('DE02 1203 0000 0000 2020 51');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await sichtbar(page.getByText('Vollständig'));
  assert.equal(await feld(page, 'IBAN').inputValue(), 'DE02120300000000202051');
  await kontext.close();
});

test('Leitung Bremerhaven sieht das Trägerbudget mit Alarm und Ratenplan', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/budget');
  await anmelden(page, 'leitung@traeger-bremerhaven.demo');
  await sichtbar(page.getByRole('heading', { name: 'Trägerbudget', exact: true }));
  await sichtbar(page.getByRole('alert').getByText('Nachverhandlung prüfen'));
  await sichtbar(page.getByRole('row', { name: /3\. Quartal 2026/ }));
  await sichtbar(page.getByText(/Faktor 0,\d+, erwartet 1,00 bis 1,15/).first());
  await sichtbar(page.getByText('unter dem erwarteten Rahmen – Leitungsentscheidung').first());
  assert.equal(await page.getByText(/Ziel (nicht )?erreicht/).count(), 0);
  await page.getByRole('button', { name: /Ratenplan: 60 Raten, zusammen 9\.000\.000,00\s€/ }).click();
  await sichtbar(page.getByRole('cell', { name: '01.01.2025' }));
  await kontext.close();
});

async function axe(page: Page, seite: string): Promise<void> {
  const ergebnis = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const befunde = ergebnis.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(befunde, [], `axe meldet auf „${seite}“:\n${befunde.join('\n')}`);
}

test('axe findet keine Verstöße auf Stunden erfassen, Abrechnung, Rechnungsangaben, Trägerbudget und Stundencontrolling', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/leistungen');
  await anmelden(page, 'leitung@traeger-bremerhaven.demo');
  await sichtbar(page.getByRole('heading', { name: 'Meine Einträge' }));
  await axe(page, 'Stunden erfassen');
  await page.goto('/abrechnung');
  await sichtbar(page.getByRole('heading', { name: 'Rechnungen und Gutschriften' }));
  await axe(page, 'Abrechnung');
  await page.goto('/abrechnung/rechnungsangaben');
  await sichtbar(page.getByText('Nur die Administration Ihrer Organisation kann diese Angaben ändern.'));
  await axe(page, 'Rechnungsangaben');
  await page.goto('/budget');
  await sichtbar(page.getByRole('heading', { name: 'Direkte Stunden je Quartal' }));
  await axe(page, 'Trägerbudget');
  await page.goto('/stundencontrolling');
  await sichtbar(page.getByRole('rowheader', { name: /TBH-2026-001/ }));
  await axe(page, 'Stundencontrolling');
  await kontext.close();
});
