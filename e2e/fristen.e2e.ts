import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { pruefeAxe } from './abnahme.ts';
import { anmelden, datum, feld, heute, neuerKontext, sichtbar, verbindeBrowser, waehle } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

/** The run's pinned day plus n days, as the form expects it (TT.MM.JJJJ). */
function inTagen(n: number): string {
  const d = new Date(`${heute()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  const [j, m, t] = d.toISOString().slice(0, 10).split('-');
  return `${t}.${m}.${j}`;
}

test('Fachkraft plant ein HPG, sieht die Berichtsfrist unter „Meine Fristen“ und vermerkt sie als erledigt', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/');
  await anmelden(page, 'fachkraft@kiju.demo');
  // "Meine Fristen" is a Fachkraft's start page.
  await sichtbar(page.getByRole('heading', { name: 'Meine Fristen', level: 1 }));
  await sichtbar(page.getByRole('heading', { name: /^Überfällig/ }));
  await pruefeAxe(page, 'Meine Fristen');

  await page.getByRole('link', { name: 'Fälle', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Suche' }).fill('KIJU-2026-002');
  await page.getByRole('link', { name: 'KIJU-2026-002' }).click();
  await sichtbar(page.getByRole('heading', { name: 'Fall KIJU-2026-002' }));

  // An HPG in three weeks: the KIJU report is due 14 days before it, within the next weeks.
  await waehle(page, 'Art', 'Hilfeplangespräch geplant');
  await datum(page, 'Datum', inTagen(21));
  await page.getByRole('button', { name: 'Ereignis speichern' }).click();
  await sichtbar(page.getByText('Ereignis erfasst.'));
  const fristenAkte = page.getByRole('table', { name: 'Fristen des Falls' });
  await sichtbar(fristenAkte.getByText('Bericht zur Vorbereitung des Hilfeplangesprächs'));

  // The calendar feed carries the new deadline, with Aktenzeichen and rule but no names.
  await page.getByRole('link', { name: 'Meine Fristen' }).click();
  await page.getByRole('link', { name: 'Erinnerungen und Abo' }).click();
  await page.getByRole('button', { name: /Kalender-Adresse erzeugen|Neue Adresse erzeugen/ }).click();
  const adresse = feld(page, 'Adresse Ihres Kalenders');
  await sichtbar(adresse);
  const feedUrl = await adresse.inputValue();
  const ohneSitzung = await neuerKontext(browser);
  const antwort = await ohneSitzung.request.get(feedUrl);
  assert.equal(antwort.status(), 200);
  assert.match(antwort.headers()['content-type'] ?? '', /text\/calendar/);
  const feed = (await antwort.text()).replace(/\r?\n[ \t]/g, '');
  assert.match(feed, /SUMMARY:[^\n]*KIJU-2026-002[^\n]*Bericht zur Vorbereitung des Hilfeplangesprächs/);
  for (const name of ['Lina', 'Muster', 'Barmen', 'Finn', 'Fachmann']) {
    assert.equal(feed.includes(name), false, `Der Kalender darf „${name}“ nicht enthalten.`);
  }
  await ohneSitzung.close();

  await page.getByRole('link', { name: 'Meine Fristen' }).click();
  const erledigen = page.getByRole('button', {
    name: 'Bericht zur Vorbereitung des Hilfeplangesprächs (KIJU-2026-002) als erledigt vermerken',
  });
  await sichtbar(erledigen);
  await erledigen.click();
  const dialog = page.getByRole('dialog', { name: 'Frist als erledigt vermerken' });
  await sichtbar(dialog);
  await feld(page, 'Womit erfüllt').fill('Bericht per E-Mail an das Jugendamt gesendet');
  await dialog.getByRole('button', { name: 'Als erledigt speichern' }).click();
  await sichtbar(page.getByText('Frist als erledigt vermerkt.'));
  await erledigen.waitFor({ state: 'detached' });

  // The case file keeps it as met, with date, person and proof.
  await page.goto('/faelle?suche=KIJU-2026-002');
  await page.getByRole('link', { name: 'KIJU-2026-002' }).click();
  await page.getByLabel('Auch erledigte und entfallene Fristen zeigen').check();
  await sichtbar(page.getByText(/von Finn Fachmann: Bericht per E-Mail an das Jugendamt gesendet/));

  await page.getByRole('link', { name: 'Fristenkalender' }).click();
  await sichtbar(page.getByRole('heading', { name: 'Fristenkalender' }));
  await pruefeAxe(page, 'Fristenkalender');
  await kontext.close();
});
