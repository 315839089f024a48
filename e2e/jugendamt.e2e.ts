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

test('ASD fragt an, der Träger sagt zu, die Fachkraft sendet den Handlungsplan, das ASD liest ihn im Posteingang', async () => {
  const nachname = eindeutig('Anfrage');

  // The ASD of Bremerhaven starts on its Posteingang and writes a request to the Bremerhaven provider.
  const asdKontext = await neuerKontext(browser);
  const asd = await asdKontext.newPage();
  await asd.goto('/');
  await anmelden(asd, 'asd@jugendamt-bremerhaven.demo');
  await sichtbar(asd.getByRole('heading', { name: 'Posteingang', level: 1 }));
  await asd.getByRole('link', { name: 'Anfragen' }).click();
  await sichtbar(asd.getByRole('heading', { name: 'Anfragen an Träger', level: 1 }));
  await waehle(asd, 'Träger', 'Träger Bremerhaven');
  await waehle(asd, 'Leistung', /Trägerbudget ambulante Hilfen/);
  await waehle(asd, 'Variante', /Erziehungsbeistand/);
  await feld(asd, 'Vorname des jungen Menschen').fill('Ole');
  await feld(asd, 'Nachname des jungen Menschen').fill(nachname);
  await datum(asd, 'Geburtsdatum', '03.03.2012');
  await datum(asd, 'Gewünschter Beginn', '12.10.2026');
  await asd.getByRole('radio', { name: 'Fachkraft' }).check();
  await feld(asd, 'Anlass und Auftrag').fill('Konflikte in der Familie, Schulverweigerung.');
  await pruefeAxe(asd, 'Anfragen (ASD)');
  await asd.getByRole('button', { name: 'Anfrage senden' }).click();
  await sichtbar(asd.getByText('Anfrage gesendet.'));
  const gesendet = asd
    .getByRole('table', { name: 'Gesendete Anfragen' })
    .getByRole('row', { name: new RegExp(nachname) });
  await sichtbar(gesendet.getByText('offen'));

  // The provider's Leitung accepts with the start date: the case opens, and she staffs it.
  const leitungKontext = await neuerKontext(browser);
  const leitung = await leitungKontext.newPage();
  await leitung.goto('/');
  await anmelden(leitung, 'leitung@traeger-bremerhaven.demo');
  await leitung.getByRole('link', { name: 'Anfragen' }).click();
  await sichtbar(leitung.getByRole('heading', { name: 'Anfragen der Jugendämter', level: 1 }));
  await pruefeAxe(leitung, 'Anfragen (Leitung)');
  await leitung.getByRole('button', { name: `Anfrage für Ole ${nachname} zusagen` }).click();
  const dialog = leitung.getByRole('dialog', { name: 'Betreuungszusage' });
  // Prefilled with the requested start; typed without Escape, which would close the dialog.
  await feld(leitung, 'Beginn der Hilfe').fill('12.10.2026');
  await dialog.getByRole('button', { name: 'Zusage senden' }).click();
  await sichtbar(leitung.getByRole('heading', { name: /^Fall A-2026-\d{3}$/ }));
  await waehle(leitung, 'Mitarbeitende ins Fallteam aufnehmen', 'Frieda Fischer (Fachkraft)');
  await leitung.getByRole('button', { name: 'Aufnehmen' }).click();
  await sichtbar(leitung.getByText('Ins Fallteam aufgenommen.'));
  const fallUrl = leitung.url();

  // The Fachkraft writes the Handlungsplan and sends it.
  const fkKontext = await neuerKontext(browser);
  const fk = await fkKontext.newPage();
  await fk.goto(fallUrl);
  await anmelden(fk, 'fachkraft@traeger-bremerhaven.demo');
  await sichtbar(fk.getByRole('heading', { name: /^Fall A-2026-\d{3}$/ }));
  await waehle(fk, 'Art des Berichts', 'Handlungsplan');
  await fk.getByRole('button', { name: 'Entwurf aus Vorlage anlegen' }).click();
  await sichtbar(fk.getByText('Handlungsplan als Entwurf aus der Vorlage angelegt.'));
  // The template filled in the case data; the team edits the sections of the draft.
  const editor = fk.getByRole('group', { name: 'Handlungsplan bearbeiten' });
  const verlauf = editor.getByRole('textbox', { name: 'Verlauf und Entwicklung' });
  assert.match(await verlauf.inputValue(), /^Hilfebeginn: 12\.10\.2026\. Geleistete Stunden bisher: 0,00\./);
  await editor
    .getByRole('textbox', { name: 'Ziele und Teilziele' })
    .fill('Ole geht wieder regelmäßig zur Schule.');
  await editor.getByRole('button', { name: 'Speichern' }).click();
  await sichtbar(fk.getByText('Handlungsplan gespeichert.'));
  await pruefeAxe(fk, 'Fallakte mit Berichtsentwurf');
  await editor.getByRole('textbox', { name: 'Ausblick und Empfehlung' }).fill('Fortsetzung empfohlen.');
  await editor.getByRole('button', { name: 'Vorschau' }).click();
  const vorschau = fk.getByRole('dialog', { name: 'Vorschau' });
  await sichtbar(vorschau.getByText('Fortsetzung empfohlen.'));
  await pruefeAxe(fk, 'Vorschau des Berichts');
  await vorschau.getByRole('button').first().click();
  await vorschau.waitFor({ state: 'hidden' });
  // Sending saves the unsaved section first and asks once more: it cannot be changed afterwards.
  await editor.getByRole('button', { name: 'An das Jugendamt senden', exact: true }).click();
  const bestaetigung = fk.getByRole('dialog', { name: 'Handlungsplan senden?' });
  await sichtbar(bestaetigung.getByText(/nicht mehr ändern/));
  await bestaetigung.getByRole('button', { name: 'Jetzt senden' }).click();
  await sichtbar(fk.getByText('Handlungsplan an das Jugendamt gesendet.'));
  const berichte = fk.getByRole('table', { name: 'Berichte an das Jugendamt' });
  await sichtbar(berichte.getByText('noch nicht gelesen'));
  // The sent version is read-only: the editor turns into a view of the text that went out, without fields.
  await sichtbar(berichte.getByRole('button', { name: 'Handlungsplan schließen' }));
  const ansicht = fk.getByRole('group', { name: 'Handlungsplan (gesendet, unveränderlich)' });
  await sichtbar(ansicht.getByText('Fortsetzung empfohlen.'));
  assert.equal(await ansicht.getByRole('textbox').count(), 0);

  // The ASD sees the granted Hilfe with the report received and the Handlungsplan deadline met.
  await asd.getByRole('link', { name: 'Gewährte Hilfen' }).click();
  await sichtbar(asd.getByRole('heading', { name: 'Gewährte Hilfen', level: 1 }));
  const hilfeZeile = asd
    .getByRole('table', { name: 'Gewährte Hilfen' })
    .getByRole('row', { name: new RegExp(nachname) });
  await sichtbar(hilfeZeile.getByText('1 (1 ungelesen)'));
  await hilfeZeile.getByRole('link', { name: /^A-2026-\d{3}$/ }).click();
  const fristenJa = asd.getByRole('table', { name: 'Fristen gegenüber dem Jugendamt' });
  await sichtbar(fristenJa.getByRole('row', { name: /Handlungsplan/ }).getByText('erledigt'));
  await sichtbar(asd.getByRole('table', { name: 'Empfangene Berichte' }).getByText(/Handlungsplan/));

  // The ASD finds it first in its Posteingang, opens the PDF, and marks it read.
  await asd.getByRole('link', { name: 'Posteingang' }).click();
  const eingang = asd
    .getByRole('table', { name: 'Posteingang' })
    .getByRole('row', { name: new RegExp(nachname) });
  await sichtbar(eingang);
  const pdfLink = eingang.getByRole('link', {
    name: new RegExp(`Handlungsplan – Ole ${nachname} \\(PDF\\)`),
  });
  const pdf = await asdKontext.request.get((await pdfLink.getAttribute('href')) as string);
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.equal((await pdf.body()).subarray(0, 4).toString(), '%PDF');
  await pruefeAxe(asd, 'Posteingang');
  await eingang.getByRole('button', { name: /als gelesen vermerken/ }).click();
  await sichtbar(eingang.getByText(/gelesen am/));

  // The provider sees the read receipt.
  await fk.reload();
  await sichtbar(fk.getByRole('table', { name: 'Berichte an das Jugendamt' }).getByText(/gelesen am/));
  await Promise.all([asdKontext.close(), leitungKontext.close(), fkKontext.close()]);
});

test('ASD setzt im Hilfeplan ein HPG und ein Ziel; die Berichtsfrist des Trägers folgt dem Termin', async () => {
  const asdKontext = await neuerKontext(browser);
  const asd = await asdKontext.newPage();
  await asd.goto('/');
  await anmelden(asd, 'asd@jugendamt-bremerhaven.demo');
  await asd.getByRole('link', { name: 'Fälle', exact: true }).click();
  await asd.getByRole('link', { name: 'TBH-2026-002' }).click();
  await sichtbar(asd.getByRole('heading', { name: 'Fall TBH-2026-002' }));
  await datum(asd, 'Termin des Hilfeplangesprächs', '20.01.2027');
  await asd.getByRole('button', { name: 'Termin setzen' }).click();
  await sichtbar(asd.getByText(/20\.01\.2027 – Hilfeplangespräch \(geplant\)/));
  await feld(asd, 'Neues Ziel').fill('Emil geht regelmäßig zur Schule.');
  await asd.getByRole('button', { name: 'Ziel hinzufügen' }).click();
  await sichtbar(asd.getByText('Ziel hinzugefügt.'));
  await sichtbar(asd.getByRole('listitem').filter({ hasText: 'Emil geht regelmäßig zur Schule.' }));
  await pruefeAxe(asd, 'Fallakte (ASD) mit Hilfeplan');
  // A goal not yet reviewed can be reworded and deleted.
  await feld(asd, 'Neues Ziel').fill('Vorläufiges Ziel.');
  await asd.getByRole('button', { name: 'Ziel hinzufügen' }).click();
  await asd.getByRole('button', { name: 'Vorläufiges Ziel. ändern' }).click();
  await feld(asd, 'Ziel umformulieren').fill('Emil trainiert im Verein.');
  await asd.getByRole('button', { name: 'Speichern', exact: true }).click();
  await sichtbar(asd.getByText('Ziel geändert.'));
  await asd.getByRole('button', { name: 'Emil trainiert im Verein. löschen' }).click();
  await asd.getByRole('dialog', { name: 'Ziel löschen?' }).getByRole('button', { name: 'Löschen' }).click();
  await sichtbar(asd.getByText('Ziel gelöscht.'));
  await asd
    .getByRole('listitem')
    .filter({ hasText: 'Emil trainiert im Verein.' })
    .waitFor({ state: 'detached' });

  const fkKontext = await neuerKontext(browser);
  const fk = await fkKontext.newPage();
  await fk.goto(asd.url());
  await anmelden(fk, 'fachkraft@traeger-bremerhaven.demo');
  const fristen = fk.getByRole('table', { name: 'Fristen des Falls' });
  await sichtbar(fristen.getByRole('row', { name: /09\.12\.2026/ }));
  await sichtbar(fk.getByRole('listitem').filter({ hasText: 'Emil geht regelmäßig zur Schule.' }));

  // The ASD follows the deadline on its list of granted Hilfen: open, with its date; overdue ones are named.
  await asd.getByRole('link', { name: 'Gewährte Hilfen' }).click();
  const liste = asd.getByRole('table', { name: 'Gewährte Hilfen' });
  await sichtbar(liste.getByText('überfällig').first());
  await pruefeAxe(asd, 'Gewährte Hilfen');
  await liste.getByRole('link', { name: 'TBH-2026-002' }).click();
  await sichtbar(asd.getByRole('heading', { name: 'Gewährte Hilfe TBH-2026-002', level: 1 }));
  await sichtbar(
    asd
      .getByRole('table', { name: 'Fristen gegenüber dem Jugendamt' })
      .getByRole('row', { name: /09\.12\.2026/ }),
  );
  await pruefeAxe(asd, 'Gewährte Hilfe');
  await Promise.all([asdKontext.close(), fkKontext.close()]);
});
