import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { anmelden, eindeutig, feld, neuerKontext, sichtbar, verbindeBrowser, waehle } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

async function axe(page: Page, seite: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const befunde = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(befunde, [], `axe meldet auf „${seite}“:\n${befunde.join('\n')}`);
}

test('die Administration legt ein Konto an, die Kollegin legt ihr Passwort fest, die Administration sperrt sie wieder aus', async () => {
  const adminKontext = await neuerKontext(browser);
  const admin = await adminKontext.newPage();
  await admin.goto('/benutzerkonten');
  await anmelden(admin, 'admin@kiju.demo');
  await sichtbar(admin.getByRole('heading', { name: 'Benutzerkonten', level: 1 }));
  await axe(admin, 'Benutzerkonten');

  const email = `${eindeutig('kollegin')}@kiju.demo`;
  await feld(admin, 'E-Mail-Adresse').fill(email);
  await feld(admin, 'Name').fill('Rita Neumann');
  await waehle(admin, 'Rolle', 'Fachkraft');
  await admin.getByRole('button', { name: 'Konto anlegen' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Einmalpasswort' });
  await sichtbar(dialog);
  const einmalpasswort = (await dialog.getByTestId('einmalpasswort').textContent())?.trim() ?? '';
  assert.match(einmalpasswort, /^\w{4}(-\w{4}){3}$/);
  await dialog.getByRole('button', { name: 'Fertig' }).click();
  await sichtbar(admin.getByRole('cell', { name: email }));
  await sichtbar(admin.getByText('Einmalpasswort offen'));

  // The colleague's first login: only the password change opens.
  const kollegenKontext = await neuerKontext(browser);
  const kollegin = await kollegenKontext.newPage();
  await kollegin.goto('/faelle');
  await feld(kollegin, 'E-Mail-Adresse').fill(email);
  await feld(kollegin, 'Passwort').fill(einmalpasswort);
  await kollegin.getByRole('button', { name: 'Anmelden' }).click();
  await sichtbar(kollegin.getByRole('heading', { name: 'Eigenes Passwort festlegen' }));
  await axe(kollegin, 'Eigenes Passwort festlegen');
  // Another address of the app leads back here.
  await kollegin.goto('/faelle');
  await sichtbar(kollegin.getByRole('heading', { name: 'Eigenes Passwort festlegen' }));

  await feld(kollegin, 'Einmalpasswort').fill(einmalpasswort);
  await feld(kollegin, 'Neues Passwort').fill('passwordpassword');
  await feld(kollegin, 'Neues Passwort wiederholen').fill('passwordpassword');
  await kollegin.getByRole('button', { name: 'Passwort festlegen' }).click();
  await sichtbar(kollegin.getByText('Liste häufig verwendeter Passwörter', { exact: false }));

  const neu = 'Morgens Tee am Wupperufer';
  await feld(kollegin, 'Neues Passwort').fill(neu);
  await feld(kollegin, 'Neues Passwort wiederholen').fill(neu);
  await kollegin.getByRole('button', { name: 'Passwort festlegen' }).click();
  await sichtbar(kollegin.getByRole('button', { name: 'Abmelden' }));
  await sichtbar(kollegin.getByRole('heading', { name: /Meine Fristen|Fälle/, level: 1 }));

  // The administration locks her out: her next request ends on the login page.
  await admin.reload();
  await admin.getByRole('button', { name: 'Rita Neumann deaktivieren' }).click();
  await sichtbar(admin.getByText('Rita Neumann ist deaktiviert.'));
  await kollegin.goto('/faelle');
  await sichtbar(kollegin.getByRole('heading', { name: 'Anmelden bei Hilfewerk' }), 15_000);
  await feld(kollegin, 'E-Mail-Adresse').fill(email);
  await feld(kollegin, 'Passwort').fill(neu);
  await kollegin.getByRole('button', { name: 'Anmelden' }).click();
  await sichtbar(
    kollegin.getByRole('alert').getByText('E-Mail-Adresse oder Passwort ist falsch.', { exact: false }),
  );

  await kollegenKontext.close();
  await adminKontext.close();
});

test('das eigene Konto zeigt Name und Rolle, prüft das neue Passwort und meldet überall ab', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/konto');
  await anmelden(page, 'leitung@mukiberlin.demo');
  await sichtbar(page.getByRole('heading', { name: 'Mein Konto' }));
  await axe(page, 'Mein Konto');
  await feld(page, 'Bisheriges Passwort').fill('hilfewerk-demo');
  await feld(page, 'Neues Passwort').fill('kurz');
  await feld(page, 'Neues Passwort wiederholen').fill('kurz');
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  await sichtbar(page.getByText('mindestens 12 Zeichen lang', { exact: false }));
  await sichtbar(page.getByText('dieses Gerät'));
  await page.getByRole('button', { name: 'Überall abmelden' }).click();
  await sichtbar(page.getByRole('heading', { name: 'Anmelden bei Hilfewerk' }));
  await page.goto('/konto');
  await sichtbar(page.getByRole('heading', { name: 'Anmelden bei Hilfewerk' }));
  await kontext.close();
});
