/**
 * Screens as a new user meets them: a 360 px phone without sideways scrolling, a mistyped date that is
 * explained instead of erased, an expired session that leaves nothing on screen, and correcting an event.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { anmelden, eindeutig, neuerKontext, sichtbar, verbindeBrowser, waehle } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

async function seiteAls(email: string, breite = 1366): Promise<Page> {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.setViewportSize({ width: breite, height: 800 });
  await page.goto('/');
  await anmelden(page, email);
  return page;
}

async function oeffneFall(page: Page, aktenzeichen: string): Promise<void> {
  await page.goto(`/faelle?suche=${aktenzeichen}`);
  await page.getByRole('link', { name: aktenzeichen }).first().click();
  await sichtbar(page.getByRole('heading', { name: `Fall ${aktenzeichen}`, level: 1 }));
}

async function breiteDerSeite(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test('360 px: Meine Fristen und die Fallakte brauchen kein seitliches Scrollen, „Abmelden“ bleibt im Kopf', async () => {
  const page = await seiteAls('fachkraft@kiju.demo', 360);
  await sichtbar(page.getByRole('heading', { name: 'Meine Fristen', level: 1 }));
  const ueberfaellig = page.getByRole('list', { name: 'Überfällig' });
  await sichtbar(ueberfaellig);
  assert.ok((await breiteDerSeite(page)) <= 360, `Meine Fristen ist ${await breiteDerSeite(page)} px breit.`);
  // Deadline texts and their sources read as a person cites them, never with a file number in front.
  assert.doesNotMatch(await ueberfaellig.innerText(), /(^|\s)\d{3}, /);
  // Status and the "Erledigt" button are within the screen, not behind a scroll bar.
  for (const ziel of [
    ueberfaellig.getByText('überfällig').first(),
    ueberfaellig.getByRole('button').first(),
  ]) {
    const box = await ziel.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 360, 'Status und „Erledigt“ liegen im Bild.');
  }

  const kopf = await page.locator('header').boundingBox();
  const abmelden = await page.getByRole('button', { name: 'Abmelden' }).boundingBox();
  assert.ok(kopf && abmelden, 'Kopf und „Abmelden“ sind sichtbar.');
  assert.ok(
    abmelden.y + abmelden.height <= kopf.y + kopf.height && abmelden.x + abmelden.width <= 360,
    `„Abmelden“ (${JSON.stringify(abmelden)}) ragt aus dem Kopf (${JSON.stringify(kopf)}).`,
  );

  await oeffneFall(page, 'KIJU-2026-001');
  await sichtbar(page.getByRole('list', { name: 'Personen des Falls' }));
  await sichtbar(page.getByRole('list', { name: 'Fristen des Falls' }));
  assert.ok((await breiteDerSeite(page)) <= 360, `Die Fallakte ist ${await breiteDerSeite(page)} px breit.`);
  await page.context().close();
});

test('1366 px: der Status der Fallliste steht ganz da, nicht als „AK…“', async () => {
  const page = await seiteAls('leitung@kiju.demo');
  await page.goto('/faelle');
  const badge = page.getByRole('row', { name: /KIJU-2026-001/ }).getByText('Aktiv', { exact: true });
  await sichtbar(badge);
  const ganz = await badge.evaluate((el) => {
    const label = el.querySelector('.mantine-Badge-label') ?? el;
    return label.scrollWidth <= label.clientWidth;
  });
  assert.ok(ganz, 'Das Status-Abzeichen ist abgeschnitten.');
  await page.context().close();
});

test('Ein Tag, den es nicht gibt, bleibt im Feld stehen und wird erklärt', async () => {
  const page = await seiteAls('fachkraft@kiju.demo');
  await oeffneFall(page, 'KIJU-2026-003');
  const formular = page.getByRole('group', { name: 'Ereignis erfassen' });
  await waehle(page, 'Art', 'Sonstiges');
  const datum = formular.getByRole('textbox', { name: /^Datum/ });
  await datum.fill('31.02.2026');
  await datum.press('Tab');
  const meldung = 'Den 31.02.2026 gibt es nicht: Der Februar 2026 hat 28 Tage. Bitte prüfen Sie den Tag.';
  await sichtbar(formular.getByText(meldung));
  assert.equal(await datum.inputValue(), '31.02.2026');
  assert.equal(await datum.getAttribute('aria-invalid'), 'true');

  // Saving is refused at the field; nothing is sent, the text stays.
  await page.getByRole('button', { name: 'Ereignis speichern' }).click();
  await sichtbar(formular.getByText(meldung));
  assert.equal(await datum.inputValue(), '31.02.2026');
  assert.equal(await page.getByText('Ereignis erfasst.').count(), 0);

  await datum.fill('28.02.2026');
  await datum.press('Tab');
  assert.equal(await formular.getByText(meldung).count(), 0);
  await page.context().close();
});

test('Nach Ablauf der Sitzung verschwinden die Daten; die Anmeldung sagt warum und führt zurück', async () => {
  const page = await seiteAls('fachkraft@kiju.demo');
  await oeffneFall(page, 'KIJU-2026-001');
  await sichtbar(page.getByText('Jonas Beispiel'));
  // The server forgets the session (as after the idle time): the next request answers 401.
  await page.context().clearCookies();
  await page.getByRole('link', { name: 'Meine Fristen' }).click();
  await page.waitForURL(/\/anmelden\?/);
  await sichtbar(page.getByText('Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.'));
  assert.equal(await page.getByText('Jonas Beispiel').count(), 0);
  assert.equal(await page.getByRole('heading', { name: 'Fall KIJU-2026-001' }).count(), 0);

  await anmelden(page, 'fachkraft@kiju.demo');
  await sichtbar(page.getByRole('heading', { name: 'Meine Fristen', level: 1 }));
  await page.context().close();
});

test('Ein Ereignis wird korrigiert: neues Datum in der Zeitleiste, vermerkt als korrigiert', async () => {
  const page = await seiteAls('fachkraft@kiju.demo');
  await oeffneFall(page, 'KIJU-2026-003');
  const notiz = eindeutig('Korrektur');
  const formular = page.getByRole('group', { name: 'Ereignis erfassen' });
  await waehle(page, 'Art', 'Sonstiges');
  await formular.getByRole('textbox', { name: /^Datum/ }).fill('12.11.2026');
  await formular.getByRole('textbox', { name: 'Notiz' }).fill(notiz);
  await page.getByRole('button', { name: 'Ereignis speichern' }).click();
  await sichtbar(page.getByText('Ereignis erfasst.'));

  await page.getByRole('button', { name: 'Ereignis vom 12.11.2026 (Sonstiges) korrigieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ereignis korrigieren: 12.11.2026' });
  await sichtbar(dialog);
  const axe = await new AxeBuilder({ page })
    .include('[role="dialog"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  assert.deepEqual(
    axe.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    'axe meldet Verstöße im Korrekturdialog.',
  );
  const datum = dialog.getByRole('textbox', { name: /^Datum/ });
  await datum.fill('13.11.2026');
  await dialog.getByRole('button', { name: 'Korrektur speichern' }).click();
  await sichtbar(page.getByText('Ereignis korrigiert. Die Fristen sind neu berechnet.'));
  await sichtbar(page.getByRole('heading', { name: '13.11.2026: Sonstiges' }));
  // Mantine's timeline items have no list role: the item is found by its class and the unique note.
  const eintrag = page.locator('.mantine-Timeline-item').filter({ hasText: notiz });
  await sichtbar(eintrag.getByText(/später korrigiert/));
  await page.context().close();
});

test('Quartale heißen überall „1. Quartal 2025“; die Erinnerung sagt, wie sie ankommt', async () => {
  const page = await seiteAls('leitung@traeger-bremerhaven.demo');
  await page.goto('/budget');
  const tabelle = page.getByRole('table').filter({ hasText: 'Quartal' }).first();
  await sichtbar(page.getByRole('rowheader', { name: '1. Quartal 2025' }));
  assert.doesNotMatch(await page.locator('main').innerText(), /\d{4}-Q\d/);
  assert.ok(await tabelle.isVisible());

  await page.goto('/einstellungen/fristen');
  await sichtbar(page.getByText(/Hilfewerk verschickt keine E-Mails/));
  await sichtbar(page.getByText(/auf jeder Seite oben ein Hinweis/));
  await page.context().close();
});
