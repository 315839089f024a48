/**
 * Every role's menu in the real application: after logging in, each demo account lands on a page that
 * works for it and sees exactly the pages its permissions allow (navigation.ts asks darf()).
 */

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { ERWARTET } from '../packages/web/src/navigation.erwartet.ts';
import { anmelden, neuerKontext, sichtbar, verbindeBrowser } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

/** What a page shows when the server refused or failed (Ladefehler, 403/404/5xx messages). */
const FEHLERTEXT = /Berechtigung|vorbehalten|nicht gefunden|keinen Zugriff|Interner Fehler|Fehlernummer/;

/** One demo account per role (at KIJU or its Jugendamt), plus the provider with a Trägerbudget. */
const KONTEN: { email: string; start: string; menue: string[] }[] = [
  ...(
    [
      ['administration', 'admin@kiju.demo'],
      ['leitung', 'leitung@kiju.demo'],
      ['fachkraft', 'fachkraft@kiju.demo'],
      ['semiprofessionell', 'semiprofessionell@kiju.demo'],
      ['verwaltung', 'verwaltung@kiju.demo'],
      ['iefk', 'iefk@kiju.demo'],
      ['asd', 'asd@jugendamt-wuppertal.demo'],
      ['wjh', 'wjh@jugendamt-bremerhaven.demo'],
      ['fachcontrolling', 'controlling@jugendamt-bremerhaven.demo'],
    ] as const
  ).map(([rolle, email]) => ({ email, ...ERWARTET[rolle] })),
  // The provider with a Trägerbudget agreement: the one menu that holds „Trägerbudget“.
  {
    email: 'leitung@traeger-bremerhaven.demo',
    start: ERWARTET.leitung.start,
    menue: [...ERWARTET.leitung.menue, 'Trägerbudget'],
  },
];

for (const konto of KONTEN) {
  test(`${konto.email}: startet auf ${konto.start} und sieht nur die Seiten der Rolle`, async () => {
    const kontext = await neuerKontext(browser);
    const page = await kontext.newPage();
    await page.goto('/');
    await anmelden(page, konto.email);
    await page.waitForURL((url) => url.pathname === konto.start);
    await sichtbar(page.getByRole('heading', { level: 1 }));
    assert.equal(await page.getByRole('alert').filter({ hasText: 'Berechtigung' }).count(), 0);
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    // The Trägerbudget entry appears once the agreement is known: wait until nothing is loading.
    await page.waitForLoadState('networkidle');
    const links = await nav.getByRole('link').allInnerTexts();
    assert.deepEqual(
      links.map((l) => l.trim()),
      konto.menue,
    );
    // Each page of the menu works for the role: it loads without a refusal or an error.
    for (const eintrag of konto.menue) {
      await nav.getByRole('link', { name: eintrag, exact: true }).click();
      await sichtbar(page.getByRole('heading', { level: 1 }));
      await page.waitForLoadState('networkidle');
      const fehler = page.getByRole('alert').filter({ hasText: FEHLERTEXT });
      assert.equal(await fehler.count(), 0, `${eintrag}: ${await fehler.allInnerTexts()}`);
    }
    await kontext.close();
  });
}

test('der ASD sieht keine Knöpfe zum Anlegen oder Ändern', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/faelle');
  await anmelden(page, 'asd@jugendamt-wuppertal.demo');
  await sichtbar(page.getByRole('heading', { name: 'Fälle', exact: true }));
  await page.getByRole('status').filter({ hasText: 'gefunden' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Fall anlegen' }).count(), 0);
  await page.getByRole('table').getByRole('link').first().click();
  await sichtbar(page.getByRole('heading', { name: 'Hilfen', exact: true }));
  for (const name of ['Fall bearbeiten', 'Person hinzufügen', 'Hilfe hinzufügen', 'Hilfe bearbeiten']) {
    assert.equal(await page.getByRole('link', { name }).count(), 0, name);
  }
  await kontext.close();
});
