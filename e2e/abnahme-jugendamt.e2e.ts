/**
 * Acceptance walk between Jugendamt and provider, as a new user tries it: every demo account lands on
 * a page that works for it; the ASD asks a provider for a Hilfe, the provider's Leitung accepts, the
 * Fachkraft finds the new case, writes and sends the Handlungsplan, and the ASD opens it from its
 * Posteingang and marks it read — only by menus, labels and buttons, never by typing an address.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { oeffnePdfImNeuenTab, pdfText, perTabZu, pruefeAxe, pruefeSeite } from './abnahme.ts';
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

/** Every demo account of the README, with the first page a new user of it sees. */
const KONTEN: [email: string, start: string][] = [
  ['leitung@kiju.demo', 'Übersicht'],
  ['fachkraft@kiju.demo', 'Meine Fristen'],
  ['verwaltung@kiju.demo', 'Fälle'],
  ['admin@kiju.demo', 'Fälle'],
  ['semiprofessionell@kiju.demo', 'Meine Fristen'],
  ['iefk@kiju.demo', 'Beratung nach § 8a SGB VIII'],
  ['fachkraft@traeger-bremerhaven.demo', 'Meine Fristen'],
  ['leitung@traeger-bremerhaven.demo', 'Übersicht'],
  ['verwaltung@traeger-bremerhaven.demo', 'Fälle'],
  ['fachkraft@mukiberlin.demo', 'Meine Fristen'],
  ['leitung@mukiberlin.demo', 'Übersicht'],
  ['verwaltung@mukiberlin.demo', 'Fälle'],
  ['asd@jugendamt-bremerhaven.demo', 'Posteingang'],
  ['controlling@jugendamt-bremerhaven.demo', 'Trägerbudgets'],
  ['wjh@jugendamt-bremerhaven.demo', 'Eingangsrechnungen'],
  ['asd@jugendamt-wuppertal.demo', 'Posteingang'],
  ['wjh@jugendamt-wuppertal.demo', 'Eingangsrechnungen'],
  ['controlling@jugendamt-wuppertal.demo', 'Trägerbudgets'],
  ['asd@jugendamt-berlin-mitte.demo', 'Posteingang'],
];

for (const [email, start] of KONTEN) {
  test(`${email} landet auf „${start}“, die Seite zeigt Inhalt ohne Fehler`, async () => {
    const kontext = await neuerKontext(browser);
    const page = await kontext.newPage();
    await page.goto('/');
    await anmelden(page, email);
    await sichtbar(page.getByRole('heading', { name: start, level: 1 }));
    await pruefeSeite(page, `Start von ${email}`);
    // A Jugendamt account works with few pages: each of them must work too, not only the first.
    if (email.includes('@jugendamt-')) {
      const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
      for (const eintrag of (await nav.getByRole('link').allInnerTexts()).map((e) => e.trim())) {
        await nav.getByRole('link', { name: eintrag, exact: true }).click();
        await pruefeSeite(page, `${eintrag} (${email})`);
      }
    }
    await kontext.close();
  });
}

test('ASD fragt an, der Träger sagt zu, schreibt und sendet den Handlungsplan, das ASD liest ihn', async () => {
  const nachname = eindeutig('Abnahme');
  const name = `Mia ${nachname}`;

  // The ASD starts on its Posteingang and finds the request form under „Anfragen“.
  const asdKontext = await neuerKontext(browser);
  const asd = await asdKontext.newPage();
  await asd.goto('/');
  await anmelden(asd, 'asd@jugendamt-bremerhaven.demo');
  await sichtbar(asd.getByRole('heading', { name: 'Posteingang', level: 1 }));
  await asd
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Anfragen' })
    .click();
  await sichtbar(asd.getByRole('heading', { name: 'Anfragen an Träger', level: 1 }));
  await waehle(asd, 'Träger', 'Träger Bremerhaven');
  await waehle(asd, 'Leistung', /Trägerbudget ambulante Hilfen/);
  await waehle(asd, 'Variante', /Erziehungsbeistand/);
  await feld(asd, 'Vorname des jungen Menschen').fill('Mia');
  await feld(asd, 'Nachname des jungen Menschen').fill(nachname);
  await datum(asd, 'Geburtsdatum', '17.05.2011');
  await datum(asd, 'Gewünschter Beginn', '12.10.2026');
  await asd.getByRole('radio', { name: 'Fachkraft' }).check();
  const auftrag = feld(asd, 'Anlass und Auftrag');
  await auftrag.fill('Rückzug, Schulangst; die Mutter bittet um Unterstützung.');
  await pruefeAxe(asd, 'Anfragen (ASD)');
  // Sent without the mouse: from the last field the Tab key reaches the button.
  const senden = asd.getByRole('button', { name: 'Anfrage senden' });
  await perTabZu(asd, auftrag, senden);
  await asd.keyboard.press('Enter');
  await sichtbar(asd.getByText('Anfrage gesendet.'));
  const gesendet = asd
    .getByRole('table', { name: 'Gesendete Anfragen' })
    .getByRole('row', { name: new RegExp(nachname) });
  await sichtbar(gesendet.getByText('offen'));
  await pruefeSeite(asd, 'Anfragen nach dem Senden');

  // The provider's Leitung starts on her Übersicht, opens „Anfragen“ and accepts.
  const leitungKontext = await neuerKontext(browser);
  const leitung = await leitungKontext.newPage();
  await leitung.goto('/');
  await anmelden(leitung, 'leitung@traeger-bremerhaven.demo');
  await sichtbar(leitung.getByRole('heading', { name: 'Übersicht', level: 1 }));
  await leitung
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Anfragen' })
    .click();
  await sichtbar(leitung.getByRole('heading', { name: 'Anfragen der Jugendämter', level: 1 }));
  const anfrage = leitung.getByRole('row', { name: new RegExp(nachname) });
  await sichtbar(anfrage.getByText('17.05.2011', { exact: false }));
  await pruefeSeite(leitung, 'Anfragen der Jugendämter');
  await leitung.getByRole('button', { name: `Anfrage für ${name} zusagen` }).click();
  const dialog = leitung.getByRole('dialog', { name: 'Betreuungszusage' });
  // The requested start is prefilled: the Leitung only confirms.
  assert.equal(await feld(leitung, 'Beginn der Hilfe').inputValue(), '12.10.2026');
  await dialog.getByRole('button', { name: 'Zusage senden' }).click();
  await sichtbar(leitung.getByRole('heading', { name: /^Fall A-2026-\d{3}$/ }));
  const aktenzeichen = (await leitung.getByRole('heading', { name: /^Fall A-2026-\d{3}$/ }).innerText())
    .replace('Fall ', '')
    .trim();
  await waehle(leitung, 'Mitarbeitende ins Fallteam aufnehmen', 'Frieda Fischer (Fachkraft)');
  await leitung.getByRole('button', { name: 'Aufnehmen' }).click();
  await sichtbar(leitung.getByText('Ins Fallteam aufgenommen.'));
  await pruefeSeite(leitung, 'Fallakte nach der Zusage');

  // The Fachkraft logs in on her own start page and finds the new case through the case list.
  const fkKontext = await neuerKontext(browser);
  const fk = await fkKontext.newPage();
  await fk.goto('/');
  await anmelden(fk, 'fachkraft@traeger-bremerhaven.demo');
  await sichtbar(fk.getByRole('heading', { name: 'Meine Fristen', level: 1 }));
  // The Handlungsplan is due six weeks after the start: already overdue, it is the first thing she sees.
  await sichtbar(fk.getByRole('row', { name: new RegExp(`${aktenzeichen}.*Handlungsplan`) }));
  await fk.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Fälle' }).click();
  await feld(fk, 'Suche').fill(nachname);
  await fk.getByRole('link', { name: aktenzeichen }).click();
  await sichtbar(fk.getByRole('heading', { name: `Fall ${aktenzeichen}` }));
  await waehle(fk, 'Art des Berichts', 'Handlungsplan');
  await fk.getByRole('button', { name: 'Entwurf aus Vorlage anlegen' }).click();
  await sichtbar(fk.getByText('Handlungsplan als Entwurf aus der Vorlage angelegt.'));
  const editor = fk.getByRole('group', { name: 'Handlungsplan bearbeiten' });
  await editor.getByRole('textbox', { name: 'Ziele und Teilziele' }).fill('Mia geht angstfrei zur Schule.');
  await editor.getByRole('button', { name: 'Speichern' }).click();
  await sichtbar(fk.getByText('Handlungsplan gespeichert.'));
  // What was typed survives a reload: the draft is on the server, not only in the browser.
  await fk.reload();
  await fk.getByRole('button', { name: 'Handlungsplan bearbeiten' }).click();
  const wieder = fk.getByRole('group', { name: 'Handlungsplan bearbeiten' });
  assert.equal(
    await wieder.getByRole('textbox', { name: 'Ziele und Teilziele' }).inputValue(),
    'Mia geht angstfrei zur Schule.',
  );
  await wieder
    .getByRole('textbox', { name: 'Ausblick und Empfehlung' })
    .fill('Wöchentliche Termine fortsetzen.');
  await pruefeAxe(fk, 'Fallakte mit Handlungsplan-Entwurf');
  await wieder.getByRole('button', { name: 'An das Jugendamt senden', exact: true }).click();
  const bestaetigung = fk.getByRole('dialog', { name: 'Handlungsplan senden?' });
  await bestaetigung.getByRole('button', { name: 'Jetzt senden' }).click();
  await sichtbar(fk.getByText('Handlungsplan an das Jugendamt gesendet.'));
  const berichte = fk.getByRole('table', { name: 'Berichte an das Jugendamt' });
  await sichtbar(berichte.getByText('noch nicht gelesen'));
  await pruefeSeite(fk, 'Fallakte nach dem Senden');

  // The ASD finds it at the top of its Posteingang, opens the PDF in a new tab and marks it read.
  await asd
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Posteingang' })
    .click();
  const eingang = asd
    .getByRole('table', { name: 'Posteingang' })
    .getByRole('row', { name: new RegExp(nachname) });
  await sichtbar(eingang.getByText(/\d{2}\.\d{2}\.2026, \d{2}:\d{2}/));
  await pruefeSeite(asd, 'Posteingang mit dem Handlungsplan');
  await pruefeAxe(asd, 'Posteingang');
  const pdf = await oeffnePdfImNeuenTab(
    asdKontext,
    eingang.getByRole('link', { name: `Handlungsplan – ${name} (PDF)` }),
  );
  const text = pdfText(pdf, 'handlungsplan.pdf');
  assert.match(text, /Handlungsplan/);
  assert.match(text, /Mia geht angstfrei zur Schule\./);
  assert.match(text, /Wöchentliche Termine fortsetzen\./);
  await eingang.getByRole('button', { name: /als gelesen vermerken/ }).click();
  await sichtbar(eingang.getByText(/gelesen am \d{2}\.\d{2}\.\d{4}/));

  // Under „Gewährte Hilfen“ the deadline is met and the report counted.
  await asd
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Gewährte Hilfen' })
    .click();
  const hilfe = asd
    .getByRole('table', { name: 'Gewährte Hilfen' })
    .getByRole('row', { name: new RegExp(nachname) });
  await sichtbar(hilfe.getByText('1', { exact: true }).last());
  await hilfe.getByRole('link', { name: aktenzeichen }).click();
  await sichtbar(
    asd
      .getByRole('table', { name: 'Fristen gegenüber dem Jugendamt' })
      .getByRole('row', { name: /Handlungsplan/ })
      .getByText('erledigt'),
  );
  await pruefeSeite(asd, 'Gewährte Hilfe');

  // The provider sees the read receipt on its report.
  await fk.reload();
  await sichtbar(fk.getByRole('table', { name: 'Berichte an das Jugendamt' }).getByText(/gelesen am/));
  await Promise.all([asdKontext.close(), leitungKontext.close(), fkKontext.close()]);
});
