/**
 * What a provider offers and how an aftercare request is accepted: the Leitung maintains its Leistungen on
 * „Angebotene Leistungen“; accepting an LT 11 request asks where the young person comes from.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
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

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

const D8 = 'Gemeinsame Wohnformen für Mütter/Väter und Kinder nach § 19 SGB VIII (Berlin, Anlage D.8)';

test('Die Leitung nimmt eine Leistung ins Angebot auf und nach Rückfrage wieder heraus; die Administration liest nur', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/');
  await anmelden(page, 'leitung@traeger-bremerhaven.demo');
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Angebotene Leistungen' })
    .click();
  await sichtbar(page.getByRole('heading', { name: 'Angebotene Leistungen', level: 1 }));
  const tabelle = page.getByRole('table', { name: 'Angebotene Leistungen' });
  await sichtbar(tabelle.getByRole('row', { name: /Leistungsangebotstyp Nr\. 11 Nachbetreuung/ }));
  await sichtbar(tabelle.getByRole('row', { name: /Trägerbudget ambulante Hilfen/ }));
  await pruefeAxe(page, 'Angebotene Leistungen');

  await waehle(page, 'Leistung aus dem Katalog', D8);
  await page.getByRole('button', { name: 'Aufnehmen' }).click();
  await sichtbar(page.getByText('Leistung ins Angebot aufgenommen.'));
  const zeile = tabelle.getByRole('row', { name: /Berlin, Anlage D\.8/ });
  await sichtbar(zeile);

  // Removing asks first; cancelling keeps it.
  await zeile.getByRole('button', { name: `${D8} aus dem Angebot nehmen` }).click();
  const dialog = page.getByRole('dialog', { name: 'Leistung aus dem Angebot nehmen?' });
  await sichtbar(dialog.getByText(/können „Gemeinsame Wohnformen.*“ danach nicht mehr bei Ihnen anfragen/));
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await sichtbar(zeile);
  await zeile.getByRole('button', { name: `${D8} aus dem Angebot nehmen` }).click();
  await dialog.getByRole('button', { name: 'Aus dem Angebot nehmen' }).click();
  await sichtbar(page.getByText('Leistung aus dem Angebot genommen.'));
  await zeile.waitFor({ state: 'detached' });
  await kontext.close();

  // The Administration sees the list without buttons.
  const admin = await neuerKontext(browser);
  const seite = await admin.newPage();
  await seite.goto('/angebot');
  await anmelden(seite, 'admin@kiju.demo');
  await sichtbar(
    seite
      .getByRole('table', { name: 'Angebotene Leistungen' })
      .getByRole('row', { name: /KIJU Wuppertal Nachbetreuung/ }),
  );
  assert.equal(await seite.getByRole('button', { name: /aus dem Angebot nehmen/ }).count(), 0);
  assert.equal(await seite.getByRole('button', { name: 'Aufnehmen' }).count(), 0);
  await admin.close();
});

test('Die Zusage einer LT-11-Nachbetreuung fragt nach der Herkunft und hält sie an der Hilfe fest', async () => {
  const nachname = eindeutig('Herkunft');
  const asdKontext = await neuerKontext(browser);
  const asd = await asdKontext.newPage();
  await asd.goto('/anfragen');
  await anmelden(asd, 'asd@jugendamt-bremerhaven.demo');
  await sichtbar(asd.getByRole('heading', { name: 'Anfragen an Träger', level: 1 }));
  await waehle(asd, 'Träger', 'Träger Bremerhaven');
  await waehle(asd, 'Leistung', 'Leistungsangebotstyp Nr. 11 Nachbetreuung');
  await feld(asd, 'Vorname des jungen Menschen').fill('Mia');
  await feld(asd, 'Nachname des jungen Menschen').fill(nachname);
  await datum(asd, 'Geburtsdatum', '05.05.2009');
  await datum(asd, 'Gewünschter Beginn', '14.12.2026');
  await feld(asd, 'Anlass und Auftrag').fill('Rückkehr aus der Wohngruppe zur Mutter.');
  await asd.getByRole('button', { name: 'Anfrage senden' }).click();
  await sichtbar(asd.getByText('Anfrage gesendet.'));
  await asdKontext.close();

  const kontext = await neuerKontext(browser);
  const leitung = await kontext.newPage();
  await leitung.goto('/anfragen');
  await anmelden(leitung, 'leitung@traeger-bremerhaven.demo');
  await leitung.getByRole('button', { name: `Anfrage für Mia ${nachname} zusagen` }).click();
  const dialog = leitung.getByRole('dialog', { name: 'Betreuungszusage' });
  const senden = dialog.getByRole('button', { name: 'Zusage senden' });
  // The origin is required before the Zusage can go out; „andere“ needs a description too.
  await sichtbar(dialog.getByText(/Nachbetreuung nur im Anschluss an eine stationäre Maßnahme/));
  assert.equal(await senden.isDisabled(), true);
  await waehle(leitung, 'Herkunft des jungen Menschen', 'Andere stationäre Hilfe zur Erziehung', dialog);
  assert.equal(await senden.isDisabled(), true);
  await feld(leitung, 'Herkunft, Beschreibung').fill('Jugendwohngruppe Lehe');
  await pruefeAxe(leitung, 'Betreuungszusage (LT 11)');
  await senden.click();
  await sichtbar(leitung.getByRole('heading', { name: /^Fall A-2026-\d{3}$/ }));
  await sichtbar(leitung.getByText('Andere stationäre Hilfe zur Erziehung: Jugendwohngruppe Lehe'));
  await kontext.close();
});

test('Nennt das ASD die Herkunft schon in der Anfrage, ist die Zusage damit vorbelegt', async () => {
  const nachname = eindeutig('Vorbelegt');
  const asdKontext = await neuerKontext(browser);
  const asd = await asdKontext.newPage();
  await asd.goto('/anfragen');
  await anmelden(asd, 'asd@jugendamt-bremerhaven.demo');
  await waehle(asd, 'Träger', 'Träger Bremerhaven');
  await waehle(asd, 'Leistung', 'Leistungsangebotstyp Nr. 11 Nachbetreuung');
  await waehle(asd, 'Herkunft des jungen Menschen', 'Vollzeitpflege (§ 33 SGB VIII)');
  await feld(asd, 'Vorname des jungen Menschen').fill('Ben');
  await feld(asd, 'Nachname des jungen Menschen').fill(nachname);
  await datum(asd, 'Geburtsdatum', '06.06.2010');
  await datum(asd, 'Gewünschter Beginn', '14.12.2026');
  await feld(asd, 'Anlass und Auftrag').fill('Rückführung aus der Pflegefamilie.');
  await asd.getByRole('button', { name: 'Anfrage senden' }).click();
  await sichtbar(asd.getByText('Anfrage gesendet.'));
  await asdKontext.close();

  const kontext = await neuerKontext(browser);
  const leitung = await kontext.newPage();
  await leitung.goto('/anfragen');
  await anmelden(leitung, 'leitung@traeger-bremerhaven.demo');
  await leitung.getByRole('button', { name: `Anfrage für Ben ${nachname} zusagen` }).click();
  const dialog = leitung.getByRole('dialog', { name: 'Betreuungszusage' });
  const herkunft = dialog.getByRole('combobox', { name: 'Herkunft des jungen Menschen', exact: true });
  assert.equal(await herkunft.inputValue(), 'Vollzeitpflege (§ 33 SGB VIII)');
  await dialog.getByRole('button', { name: 'Zusage senden' }).click();
  await sichtbar(leitung.getByRole('heading', { name: /^Fall A-2026-\d{3}$/ }));
  await sichtbar(leitung.getByText('Vollzeitpflege (§ 33 SGB VIII)'));
  await kontext.close();
});
