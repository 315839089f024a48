import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
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

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

test('Fachkraft legt einen Fall mit Hilfe an, findet ihn und ein anderer Träger sieht ihn nicht', async () => {
  const aktenzeichen = eindeutig('E2E');
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/');
  await anmelden(page, 'fachkraft@kiju.demo');
  // A Fachkraft starts on "Meine Fristen".
  await page.getByRole('link', { name: 'Fälle', exact: true }).click();

  await page.getByRole('link', { name: 'Fall anlegen' }).click();
  await feld(page, 'Aktenzeichen').fill(aktenzeichen);
  await feld(page, 'Bezeichnung').fill('Familie Beispiel');
  await page.getByRole('button', { name: 'Person hinzufügen' }).click();
  await feld(page, 'Vorname').fill('Mia');
  await feld(page, 'Nachname').fill('Beispiel');
  await datum(page, 'Geburtsdatum', '03.04.2008');
  await page.getByRole('button', { name: 'Fall anlegen' }).click();

  await sichtbar(page.getByRole('heading', { name: `Fall ${aktenzeichen}` }));
  const fallUrl = page.url();
  await sichtbar(page.getByText('Mia Beispiel'));
  await sichtbar(page.getByText('03.04.2008'));

  await page.getByRole('link', { name: 'Hilfe hinzufügen' }).click();
  await waehle(page, 'Leistung', /^KIJU Wuppertal Nachbetreuung/);
  await waehle(page, 'Variante', /eigenen Wohnung/i);
  await waehle(page, 'Rechtsgrundlage', '§ 41 SGB VIII');
  await waehle(page, 'Jugendamt', 'Jugendamt Wuppertal');
  await datum(page, 'Beginn', '01.02.2026');
  await datum(page, 'Geplantes Ende', '30.04.2026');
  await page.getByRole('button', { name: 'Hilfe hinzufügen' }).click();

  await sichtbar(page.getByRole('heading', { name: /KIJU Wuppertal Nachbetreuung.*eigenen Wohnung/i }));
  await sichtbar(page.getByText('01.02.2026'));

  await page.getByRole('link', { name: 'Fälle', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Suche' }).fill(aktenzeichen);
  await sichtbar(page.getByText('1 Fall gefunden'));
  await page.getByRole('link', { name: aktenzeichen }).click();
  await sichtbar(page.getByRole('heading', { name: `Fall ${aktenzeichen}` }));
  assert.equal(page.url(), fallUrl);
  await kontext.close();

  const fremd = await neuerKontext(browser);
  const fremdeSeite = await fremd.newPage();
  await fremdeSeite.goto(fallUrl);
  await anmelden(fremdeSeite, 'fachkraft@traeger-bremerhaven.demo');
  await sichtbar(fremdeSeite.getByText('Fall nicht gefunden', { exact: false }));
  assert.equal(await fremdeSeite.getByText('Familie Beispiel').count(), 0);
  await fremd.close();
});

test('Serverprüfung: die Meldung steht am Feld und die Eingaben bleiben erhalten', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/faelle');
  await anmelden(page, 'fachkraft@kiju.demo');
  await page.getByRole('table').getByRole('link').first().click();
  await page.getByRole('link', { name: 'Hilfe hinzufügen' }).click();
  await waehle(page, 'Leistung', /^KIJU Wuppertal Nachbetreuung/);
  await waehle(page, 'Variante', /eigenen Wohnung/i);
  await waehle(page, 'Rechtsgrundlage', '§ 41 SGB VIII');
  await waehle(page, 'Jugendamt', 'Jugendamt Wuppertal');
  await datum(page, 'Beginn', '01.03.2026');
  await datum(page, 'Geplantes Ende', '01.02.2026');
  await page.getByRole('button', { name: 'Hilfe hinzufügen' }).click();
  await sichtbar(page.getByText('Das geplante Ende liegt vor dem Beginn.'));
  assert.equal(await feld(page, 'Geplantes Ende').getAttribute('aria-invalid'), 'true');
  assert.equal(await feld(page, 'Beginn').inputValue(), '01.03.2026');
  await kontext.close();
});
