import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { anmelden, datum, feld, neuerKontext, sichtbar, verbindeBrowser, waehle } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

test('§ 8a von der ersten Beobachtung bis zum Abschluss: Fachkraft, iefk, die die Familie nie sieht, Jugendamt und Leitung', async () => {
  // The Fachkraft records what she saw, in the case file — naming the family, as people do.
  const fk = await neuerKontext(browser);
  const seite = await fk.newPage();
  await seite.goto('/faelle');
  await anmelden(seite, 'fachkraft@kiju.demo');
  await seite
    .getByRole('link', { name: /KIJU-2026-001/ })
    .first()
    .click();
  await seite.getByRole('button', { name: 'Gewichtige Anhaltspunkte festhalten …' }).click();
  await feld(seite, 'Gewichtige Anhaltspunkte').fill(
    'Jonas Beispiel (geb. 12.04.2009) zeigte Hämatome am Oberarm; Sabine Beispiel sagte, er sei gestürzt.',
  );
  await seite.getByRole('button', { name: 'Verfahren nach § 8a beginnen' }).click();
  await sichtbar(seite.getByRole('heading', { name: 'Verfahren nach § 8a SGB VIII' }));
  const verfahrenUrl = seite.url();

  // The first step is offered with what the law expects of it.
  assert.equal(
    await seite.getByRole('combobox', { name: 'Schritt', exact: true }).inputValue(),
    'Gefährdungseinschätzung',
  );
  await sichtbar(seite.getByText(/im Zusammenwirken mehrerer Fachkräfte/));
  const beteiligte = seite.getByRole('combobox', { name: 'Beteiligte Fachkräfte' });
  await beteiligte.fill('Frieda Fachkraft');
  await beteiligte.press('Enter');
  await seite.getByRole('button', { name: 'Schritt festhalten' }).click();
  // One professional is not enough: the server's message stands at the field, what was typed stays.
  await sichtbar(seite.getByText(/mindestens zwei/));
  await beteiligte.fill('Lea Leitung');
  await beteiligte.press('Enter');
  await waehle(seite, 'Einschätzung', 'Gefährdung nicht auszuschließen');
  await feld(seite, 'Begründung').fill('Widersprüchliche Erklärungen von Jonas und seiner Mutter.');
  await seite.getByRole('button', { name: 'Schritt festhalten' }).click();
  await sichtbar(seite.getByText(/Gefährdungseinschätzung am 25\.11\.2026 festgehalten/));
  await fk.close();

  // The iefk starts on her list, opens the vignette: labels instead of names, age instead of birth date.
  const ik = await neuerKontext(browser);
  const iefk = await ik.newPage();
  await iefk.goto('/');
  await anmelden(iefk, 'iefk@kiju.demo');
  await sichtbar(iefk.getByRole('heading', { name: 'Beratung nach § 8a SGB VIII' }));
  assert.equal(await iefk.getByRole('link', { name: 'Fälle' }).count(), 0);
  await sichtbar(iefk.getByRole('row', { name: /wartet auf Beratung/ }));
  const verfahrenId = new URL(verfahrenUrl).pathname.split('/').pop();
  await iefk.goto(`/kinderschutz/beratung/${verfahrenId}`);
  await sichtbar(iefk.getByRole('heading', { name: 'Fallvignette (pseudonymisiert)' }));
  await sichtbar(iefk.getByText(/Junger Mensch A .*zeigte Hämatome/));
  const text = await iefk.locator('main').innerText();
  for (const verboten of ['Jonas', 'Sabine', 'Beispiel', '12.04.2009', 'KIJU-2026-001', 'WUP-51-2026-0142']) {
    assert.ok(!text.includes(verboten), `„${verboten}“ steht in der Vignette`);
  }
  await feld(iefk, 'Empfehlung').fill(
    'Gespräch mit Elternteil A und Junger Mensch A getrennt führen; Kinderarzt.',
  );
  await iefk.getByRole('button', { name: 'Beratung festhalten' }).click();
  await sichtbar(iefk.getByText('Beratung festgehalten.'));
  // The case itself does not exist for her.
  const antwort = await iefk.evaluate(
    async (id) => (await fetch(`/api/kinderschutz/${id}`)).status,
    verfahrenId,
  );
  assert.equal(antwort, 403);
  await ik.close();

  // Back with the Fachkraft: involvement without the mother, with the reason; then the notification.
  const fk2 = await neuerKontext(browser);
  const s2 = await fk2.newPage();
  await s2.goto(verfahrenUrl);
  await anmelden(s2, 'fachkraft@kiju.demo');
  await sichtbar(s2.getByText('Beratung durch die insoweit erfahrene Fachkraft').first());
  await waehle(s2, 'Schritt', 'Einbeziehung der Sorgeberechtigten und des Kindes');
  await s2.getByLabel('Kind / Jugendliche:r einbezogen').check();
  await feld(s2, 'Ergebnis des Gesprächs').fill('Jonas berichtet von Schlägen.');
  await feld(s2, 'Warum die Einbeziehung (teilweise) unterblieb').fill(
    'Verdacht richtet sich gegen die Mutter.',
  );
  await s2.getByRole('button', { name: 'Schritt festhalten' }).click();
  await sichtbar(
    s2.getByText(/Einbeziehung der Sorgeberechtigten und des Kindes am 25\.11\.2026 festgehalten/),
  );

  // The protection plan: what, who, by when, and the day it is reviewed.
  await waehle(s2, 'Schritt', 'Schutzplan');
  await feld(s2, 'Was').fill('Kinderärztliche Untersuchung');
  await feld(s2, 'Wer').fill('Frieda Fachkraft');
  await datum(s2, 'Bis', '09.12.2026');
  await datum(s2, 'Überprüfung des Schutzplans am', '16.12.2026');
  await s2.getByRole('button', { name: 'Schritt festhalten' }).click();
  await sichtbar(s2.getByText(/Schutzplan am 25\.11\.2026 festgehalten/));

  await waehle(s2, 'Schritt', 'Mitteilung an das Jugendamt');
  await feld(s2, 'Eingeschätzte Gefährdung').fill('Körperliche Misshandlung wahrscheinlich.');
  await feld(s2, 'Bisherige Hilfen und Schutzmaßnahmen').fill('Gespräche, Kinderarzt.');
  await feld(s2, 'Warum die Gefährdung mit den eigenen Hilfen nicht abgewendet werden kann').fill(
    'Mutter lehnt Hilfe ab.',
  );
  await feld(s2, 'Ansprechperson beim Träger (mit Telefon)').fill('Frieda Fachkraft, 0202 123456');
  await s2.getByRole('button', { name: 'Schritt festhalten' }).click();
  await sichtbar(s2.getByText('Mitteilung an das Jugendamt', { exact: true }).first());
  await sichtbar(s2.getByText(/liegt im Posteingang von Jugendamt Wuppertal/));
  await sichtbar(s2.getByRole('link', { name: 'Mitteilung an das Jugendamt (PDF)' }));
  await fk2.close();

  // The ASD of the granting Jugendamt finds it in its Posteingang, with the letter as PDF.
  const ja = await neuerKontext(browser);
  const asd = await ja.newPage();
  await asd.goto('/posteingang');
  await anmelden(asd, 'asd@jugendamt-wuppertal.demo');
  const zeile = asd.getByRole('row', { name: /Mitteilung nach § 8a SGB VIII/ });
  await sichtbar(zeile);
  const link = zeile.getByRole('link', { name: /Mitteilung nach § 8a SGB VIII \(PDF\)/ });
  const adresse = await link.getAttribute('href');
  const status = await asd.evaluate(async (url) => (await fetch(url ?? '')).status, adresse);
  assert.equal(status, 200);
  await ja.close();

  // The Leitung's overview: the open procedure with its next step and the earliest review date.
  const lk = await neuerKontext(browser);
  const leitung = await lk.newPage();
  await leitung.goto('/kinderschutz');
  await anmelden(leitung, 'leitung@kiju.demo');
  await sichtbar(leitung.getByRole('row', { name: /KIJU-2026-001 25\.11\.2026 5 Abschluss 09\.12\.2026/ }));
  await lk.close();

  // The Fachkraft closes the procedure; no further step is offered.
  const fk3 = await neuerKontext(browser);
  const s3 = await fk3.newPage();
  await s3.goto(verfahrenUrl);
  await anmelden(s3, 'fachkraft@kiju.demo');
  await waehle(s3, 'Schritt', 'Abschluss');
  await waehle(s3, 'Ergebnis', 'An das Jugendamt übergeben');
  await feld(s3, 'Begründung').fill('Das Jugendamt übernimmt den Schutz.');
  await s3.getByRole('button', { name: 'Schritt festhalten' }).click();
  await sichtbar(s3.getByText(/Abschluss am 25\.11\.2026 festgehalten/));
  await s3.goto('/kinderschutz');
  await sichtbar(s3.getByRole('row', { name: /KIJU-2026-001 25\.11\.2026 6 abgeschlossen 25\.11\.2026/ }));
  await fk3.close();
});
