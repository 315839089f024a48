/**
 * The Jugendamt's other roles: Fachcontrolling controls the Trägerbudget its Jugendamt agreed (sums only);
 * the Wirtschaftliche Jugendhilfe checks an incoming invoice as „sachlich richtig“ and then orders payment,
 * and the provider sees both steps on its invoice.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { pruefeAxe } from './abnahme.ts';
import { anmelden, neuerKontext, sichtbar, verbindeBrowser } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

test('Fachcontrolling Bremerhaven startet auf den Trägerbudgets und sieht das Stundencontrolling des Trägers', async () => {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/');
  await anmelden(page, 'controlling@jugendamt-bremerhaven.demo');
  await page.waitForURL((url) => url.pathname === '/traegerbudgets');
  await sichtbar(page.getByRole('heading', { name: 'Trägerbudgets', level: 1 }));
  await pruefeAxe(page, 'Trägerbudgets');
  await page.getByRole('link', { name: 'Träger Bremerhaven' }).click();
  await sichtbar(page.getByRole('heading', { name: 'Trägerbudget Träger Bremerhaven', level: 1 }));
  await sichtbar(page.getByRole('heading', { name: 'Direkte Stunden je Quartal' }));
  await sichtbar(page.getByRole('rowheader', { name: '1. Quartal 2025' }));
  // Reading only: the provider's staff plan change is not offered, and nothing names a case.
  assert.equal(await page.getByRole('button', { name: /Stellenänderung/ }).count(), 0);
  assert.doesNotMatch(await page.locator('main').innerText(), /TBH-\d{4}/);
  await kontext.close();

  // Another Jugendamt has no budget with this provider: its Fachcontrolling sees none.
  const wup = await neuerKontext(browser);
  const seite = await wup.newPage();
  await seite.goto('/');
  await anmelden(seite, 'controlling@jugendamt-wuppertal.demo');
  await sichtbar(seite.getByText('Ihr Jugendamt hat mit keinem Träger ein Trägerbudget vereinbart.'));
  await wup.close();
});

test('WJH Bremerhaven zeichnet eine Rechnung sachlich richtig und weist sie an; der Träger sieht beides', async () => {
  // The provider closes October: its invoice goes to Jugendamt Bremerhaven.
  const traegerKontext = await neuerKontext(browser);
  const traeger = await traegerKontext.newPage();
  await traeger.goto('/');
  await anmelden(traeger, 'verwaltung@traeger-bremerhaven.demo');
  await sichtbar(traeger.getByRole('heading', { level: 1 }));
  const status = await traeger.evaluate(async () => {
    const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
    const res = await fetch('/api/abschluesse', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ monat: '2026-10' }),
    });
    return res.status;
  });
  assert.equal(status, 201);

  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/');
  await anmelden(page, 'wjh@jugendamt-bremerhaven.demo');
  await page.waitForURL((url) => url.pathname === '/eingangsrechnungen');
  await sichtbar(page.getByRole('heading', { name: 'Eingangsrechnungen', level: 1 }));
  const zeile = page.getByRole('row', { name: /Träger Bremerhaven gGmbH/ }).first();
  await sichtbar(zeile.getByText('ungeprüft'));
  await pruefeAxe(page, 'Eingangsrechnungen');
  const nummer = (await zeile.getByRole('rowheader').innerText()).split('\n')[0].trim();
  const diese = page.getByRole('row', { name: new RegExp(nummer) });

  await diese.getByRole('button', { name: `${nummer} als sachlich richtig vermerken` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Speichern' }).click();
  await sichtbar(diese.getByText('sachlich richtig am 25.11.2026 (Wiebke Kasse)'));

  await diese.getByRole('button', { name: `${nummer} als angewiesen vermerken` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Speichern' }).click();
  // Angewiesen is done: it leaves the open list and stays under „Alle“.
  await page.getByRole('row', { name: new RegExp(nummer) }).waitFor({ state: 'detached' });
  await page.getByText('Alle', { exact: true }).click();
  await sichtbar(diese.getByText('angewiesen am 25.11.2026 (Wiebke Kasse)'));
  await kontext.close();

  await traeger.goto('/abrechnung');
  const beimTraeger = traeger.getByRole('row', { name: new RegExp(nummer) });
  await sichtbar(beimTraeger.getByText('sachlich richtig am 25.11.2026 (Wiebke Kasse)'));
  await sichtbar(beimTraeger.getByText('angewiesen am 25.11.2026 (Wiebke Kasse)'));
  await traegerKontext.close();
});
