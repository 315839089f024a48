import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { pruefeAxe } from './abnahme.ts';
import {
  anmelden,
  datum,
  eindeutig,
  feld,
  neuerKontext,
  sichtbar,
  verbindeBrowser,
  waehle,
} from './hilfen.ts';

/**
 * The contract rules of issue 11 in the forms: LT 11 names what it follows, a D.8 weitere Person carries the
 * caring parent's consent, a D.8 Hilfe records an individuelle Zusatzleistung.
 */
let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

/** WCAG 2.1 AA on the form as it stands, new fields included. */

async function oeffneFall(page: Page, email: string, aktenzeichen: string): Promise<void> {
  await page.goto('/faelle');
  await anmelden(page, email);
  await page.getByRole('searchbox', { name: 'Suche' }).fill(aktenzeichen);
  await page.getByRole('link', { name: aktenzeichen }).click();
  await sichtbar(page.getByRole('heading', { name: `Fall ${aktenzeichen}` }));
}

test('LT 11: ohne Herkunft steht die Meldung am Feld; mit Herkunft zeigt die Akte, woran die Hilfe anschließt', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await oeffneFall(page, 'fachkraft@traeger-bremerhaven.demo', 'TBH-NB-2026-001');
  await page.getByRole('link', { name: 'Hilfe hinzufügen' }).click();
  await waehle(page, 'Leistung', /^Leistungsangebotstyp Nr\. 11/);
  await waehle(page, 'Rechtsgrundlage', '§ 41 SGB VIII');
  await waehle(page, 'Jugendamt', /Bremerhaven/);
  await datum(page, 'Beginn', '01.02.2027');
  await page.getByRole('button', { name: 'Hilfe hinzufügen' }).click();
  await sichtbar(page.getByText(/im Anschluss an eine stationäre Maßnahme.*LT 11, Nr\. 1/));

  await waehle(page, 'Herkunft des jungen Menschen', /^Vollzeitpflege/);
  await feld(page, 'Herkunft, Beschreibung').fill('Pflegefamilie in Geestemünde');
  await pruefeAxe(page, 'Hilfe LT 11 mit Herkunft');
  await page.getByRole('button', { name: 'Hilfe hinzufügen' }).click();
  await sichtbar(page.getByText('Hilfe hinzugefügt.'));
  await sichtbar(page.getByText('Vollzeitpflege (§ 33 SGB VIII): Pflegefamilie in Geestemünde'));
  await kontext.close();
});

test('D.8: eine weitere Person wird mit der Zustimmung der Mutter erfasst und so in der Akte gezeigt', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await oeffneFall(page, 'fachkraft@mukiberlin.demo', 'MUKI-2026-002');
  const vorname = eindeutig('Vater');
  await page.getByRole('link', { name: 'Person hinzufügen' }).click();
  await waehle(page, 'Rolle', /^Weitere Person/);
  await feld(page, 'Vorname').fill(vorname);
  await feld(page, 'Nachname').fill('Spree');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await sichtbar(page.getByText('Bitte wählen Sie, wer zugestimmt hat.'));

  await page.getByRole('combobox', { name: 'Zustimmung von', exact: true }).click();
  await page.getByRole('option').first().click();
  await datum(page, 'Zustimmung am', '01.10.2026');
  await pruefeAxe(page, 'Weitere Person mit Zustimmung');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await sichtbar(page.getByText('Person gespeichert.'));
  await sichtbar(
    page.getByText(
      /Weitere Person, die für das Kind sorgt \(mit Zustimmung\); Zustimmung: .+ am 01\.10\.2026/,
    ),
  );
  await kontext.close();
});

test('D.8: eine individuelle Zusatzleistung wird an der Hilfe erfasst und in der Akte mit Betrag gezeigt', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await oeffneFall(page, 'fachkraft@mukiberlin.demo', 'MUKI-2026-003');
  await page.getByRole('link', { name: 'Hilfe bearbeiten' }).first().click();
  await page.getByRole('button', { name: 'Individuelle Zusatzleistung hinzufügen' }).click();
  await datum(page, 'Datum', '12.11.2026');
  await feld(page, 'Betrag in Euro').fill('75,5');
  await feld(page, 'Beschreibung').fill('Familienrat');
  await feld(page, 'Genehmigung des Jugendamts').fill('HP-MI-2026-150-1');
  await pruefeAxe(page, 'Hilfe D.8 mit Zusatzleistung');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await sichtbar(page.getByText('Hilfe gespeichert.'));
  await sichtbar(page.getByText('12.11.2026 Familienrat: 75,50 €'));
  await kontext.close();
});

test('Trägerbudget: eine Änderung des Stellenplans mit Inkrafttreten wird erfasst und mit ihrer Geltung gezeigt', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/budget');
  await anmelden(page, 'leitung@traeger-bremerhaven.demo');
  await sichtbar(page.getByRole('heading', { name: 'Änderung des Stellenplans erfassen' }));
  await datum(page, 'Gültig ab', '01.01.2027');
  await feld(page, 'Anlass').fill('Tarifvertrag 2027');
  await pruefeAxe(page, 'Trägerbudget mit Stellenplan-Formular');
  await page.getByRole('button', { name: 'Änderung speichern' }).click();
  await sichtbar(page.getByText('Änderung des Stellenplans gespeichert.'));
  await sichtbar(page.getByRole('heading', { name: 'Stellenplan und seine Änderungen' }));
  await sichtbar(page.getByRole('cell', { name: '01.01.2027 bis 31.12.2029' }));
  await sichtbar(page.getByRole('cell', { name: 'Tarifvertrag 2027' }));

  // The same day again is refused by the server, which names the clause.
  await datum(page, 'Gültig ab', '01.01.2027');
  await page.getByRole('button', { name: 'Änderung speichern' }).click();
  await sichtbar(page.getByText(/nicht nach der vorigen Änderung.*mit Inkrafttreten übernommen/));
  await kontext.close();
});
