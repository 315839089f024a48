/**
 * Acceptance walk of a Leitung's duties, as a new user tries it: on one page whether this month's
 * staffing meets each contract, the on-call rota printed as a PDF, and a complaint that a young person
 * sent from a phone through the public form — found from the start page and handled to its close.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { pdfText, pruefeAxe, pruefeSeite } from './abnahme.ts';
import { anmelden, feld, neuerKontext, sichtbar, verbindeBrowser, waehle } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

function menue(page: Page, eintrag: string) {
  return page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: eintrag, exact: true });
}

test('Leitung Bremerhaven: Besetzung je Vertrag, Bereitschaftsplan als PDF, Beschwerde vom Handy bis zum Abschluss', async () => {
  const kontext = await neuerKontext(browser);
  const leitung = await kontext.newPage();
  await leitung.goto('/');
  await anmelden(leitung, 'leitung@traeger-bremerhaven.demo');
  await sichtbar(leitung.getByRole('heading', { name: 'Übersicht', level: 1 }));
  const kachel = leitung.getByText('Offene Beschwerden', { exact: true }).locator('xpath=..');
  const offenVorher = Number(await kachel.locator('p').nth(1).innerText());

  // Staffing: one page, this month preselected, a verdict per contract and a summary at the top.
  await menue(leitung, 'Personal').click();
  await sichtbar(leitung.getByRole('heading', { name: 'Personal und Besetzung', level: 1 }));
  assert.equal(await leitung.getByRole('combobox', { name: 'Monat', exact: true }).inputValue(), 'November');
  await sichtbar(
    leitung
      .getByRole('status')
      .getByText(
        /^Im November 2026 ist die Besetzung nicht vertragsgemäß: .*Trägerbudget.*Nr\. 11 Nachbetreuung\.$/,
      ),
  );
  for (const vertrag of [
    /^Trägerbudget ambulante Hilfen zur Erziehung Bremerhaven/,
    /^Leistungsangebotstyp Nr\. 11 Nachbetreuung$/,
  ]) {
    const titel = leitung.getByRole('heading', { level: 2, name: vertrag });
    await sichtbar(titel);
    // The verdict stands beside each contract's title, the failed condition names its clause.
    await sichtbar(titel.locator('xpath=..').getByText(/^(nicht )?erfüllt$/i));
  }
  await sichtbar(leitung.getByText('Nicht erfüllt: Betreuung 1 : 12'));
  // A condition without numbers says whether it holds instead of „–“.
  await sichtbar(
    leitung
      .getByRole('row', { name: /Fachliche Leitung mit mindestens 2 Jahren Berufserfahrung/ })
      .getByRole('cell', { name: 'erfüllt', exact: true }),
  );
  await sichtbar(leitung.getByText(/LT 11, Nr\. 7 Umfang der Leistung/).first());
  await pruefeSeite(leitung, 'Personal und Besetzung');
  await pruefeAxe(leitung, 'Personal und Besetzung');

  // The on-call rota: this month's plan, printed for the fire brigade with a real download.
  await menue(leitung, 'Bereitschaftsdienst').click();
  await sichtbar(leitung.getByRole('heading', { name: 'Bereitschaftsdienst', level: 1 }));
  await sichtbar(leitung.getByRole('cell', { name: 'Mo., 02.11.2026, 08:00 Uhr' }).first());
  await pruefeSeite(leitung, 'Bereitschaftsdienst');
  await pruefeAxe(leitung, 'Bereitschaftsdienst');
  // Reached and started with the keyboard alone.
  const pdfLink = leitung.getByRole('link', { name: 'Plan als PDF für die Feuerwehr' });
  await pdfLink.focus();
  const [download] = await Promise.all([leitung.waitForEvent('download'), leitung.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /\.pdf$/);
  const ziel = join(tmpdir(), `hw-abnahme-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(ziel);
  const plan = pdfText(readFileSync(ziel), 'bereitschaft.pdf');
  assert.match(plan, /November 2026/);
  assert.match(plan, /Lars Lotse/);
  assert.match(plan, /0170 555 0111/);
  assert.match(plan, /02\.11\.2026/);

  // The complaint form's address stands on the Beschwerden page, ready for a poster.
  await menue(leitung, 'Beschwerden').click();
  await sichtbar(leitung.getByRole('heading', { name: 'Beschwerden', level: 1 }));
  const formularLink = leitung.getByRole('link', { name: /\/beschwerde\/traeger-bremerhaven$/ });
  const adresse = (await formularLink.getAttribute('href')) ?? '';
  assert.match(adresse, /^http:\/\/127\.0\.0\.1:\d+\/beschwerde\/traeger-bremerhaven$/);

  // A young person opens it on a phone, without logging in, and sends a complaint.
  const handy = await neuerKontext(browser);
  const telefon = await handy.newPage();
  await telefon.setViewportSize({ width: 375, height: 667 });
  await telefon.goto(adresse);
  await sichtbar(telefon.getByRole('heading', { name: 'Du möchtest dich beschweren?' }));
  assert.ok(
    (await telefon.evaluate(() => document.documentElement.scrollWidth)) <= 375,
    'Seite breiter als das Handy',
  );
  await pruefeAxe(telefon, 'Beschwerdeformular auf dem Handy');
  const beschwerde = `Niemand ruft zurück, wenn ich anrufe ${Date.now()}`;
  await telefon.getByLabel(/Was ist passiert/).fill(beschwerde);
  await telefon.getByLabel(/Wie können wir dich erreichen/).fill('0151 2345678');
  await telefon.getByRole('button', { name: 'Beschwerde absenden' }).click();
  await sichtbar(telefon.getByRole('heading', { name: 'Danke! Deine Beschwerde ist angekommen.' }));
  const nummer = (await telefon.getByRole('status').locator('strong').textContent())?.trim() ?? '';
  assert.match(nummer, /^B-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await handy.close();

  // The Leitung sees it counted on her start page and follows the link there.
  await menue(leitung, 'Übersicht').click();
  await sichtbar(kachel.getByText(String(offenVorher + 1), { exact: true }));
  await kachel.getByRole('link', { name: 'Beschwerden' }).click();
  const zeile = leitung.getByRole('row').filter({ hasText: nummer });
  await sichtbar(zeile.getByText(beschwerde));
  await sichtbar(zeile.getByText('0151 2345678'));
  // Acknowledgement within 7 days, answer within 4 weeks — as dates, in German.
  await sichtbar(zeile.getByText('02.12.2026'));
  await sichtbar(zeile.getByText('23.12.2026'));
  await pruefeSeite(leitung, 'Beschwerden');

  // Acknowledged: „In Bearbeitung“ records the acknowledgement.
  await zeile.getByRole('button', { name: `Weiterführen ${nummer}` }).click();
  const weiter = leitung.getByRole('dialog', { name: `Beschwerde ${nummer} weiterführen` });
  await waehle(leitung, 'Neuer Status', 'In Bearbeitung', weiter);
  await weiter.getByRole('button', { name: 'Speichern' }).click();
  await weiter.waitFor({ state: 'hidden' });
  await sichtbar(zeile.getByText('In Bearbeitung'));
  await sichtbar(zeile.getByText('erledigt 25.11.2026'));

  // Answered, with what came of it; then closed with the date.
  await zeile.getByRole('button', { name: `Weiterführen ${nummer}` }).click();
  await waehle(leitung, 'Neuer Status', 'Beantwortet', weiter);
  await feld(leitung, 'Ergebnis').fill('Rückrufzeiten festgelegt: werktags bis 16 Uhr.');
  await weiter.getByRole('button', { name: 'Speichern' }).click();
  await weiter.waitFor({ state: 'hidden' });
  await sichtbar(zeile.getByText('Beantwortet'));
  await zeile.getByRole('button', { name: `Bearbeiten ${nummer}` }).click();
  const abschluss = leitung.getByRole('dialog', { name: `Beschwerde ${nummer} bearbeiten` });
  await sichtbar(abschluss.getByRole('textbox', { name: /Ergebnis der Beschwerde/ }));
  assert.equal(
    await abschluss.getByRole('textbox', { name: /Ergebnis der Beschwerde/ }).inputValue(),
    'Rückrufzeiten festgelegt: werktags bis 16 Uhr.',
  );
  await feld(leitung, 'Abgeschlossen am').fill('25.11.2026');
  await abschluss.getByRole('button', { name: 'Abschließen' }).click();
  await sichtbar(zeile.getByText('Abgeschlossen'));
  await pruefeSeite(leitung, 'Beschwerden nach dem Abschluss');
  await pruefeAxe(leitung, 'Beschwerden');
  await kontext.close();
});
