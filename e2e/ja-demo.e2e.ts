/**
 * The demo's story from each Jugendamt account's first page (README, Demo): the ASD lands on its Posteingang
 * with a read and an unread report, finds a granted Hilfe whose Hilfeplan has goals, a sub-goal and the coming
 * HPG, and its open request; the WJH lands on its incoming invoices in each state; Fachcontrolling on the
 * Trägerbudgets. Reading only — the other browser tests change the story, this one looks at it as loaded.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { anmelden, neuerKontext, sichtbar, verbindeBrowser } from './hilfen.ts';

let browser: Browser;
before(async () => {
  browser = await verbindeBrowser();
});
after(async () => {
  await browser.close();
});

async function alsStart(email: string, start: string): Promise<Page> {
  const kontext = await neuerKontext(browser);
  const page = await kontext.newPage();
  await page.goto('/');
  await anmelden(page, email);
  await page.waitForURL((url) => url.pathname === start);
  await sichtbar(page.getByRole('heading', { level: 1 }));
  return page;
}

const ASD = [
  {
    email: 'asd@jugendamt-bremerhaven.demo',
    gelesen: 'Handlungsplan – Noah Seemann',
    ungelesen: 'Entwicklungsbericht – Ben Leuchtturm',
    fall: 'TBH-2026-001',
    hpg: '15.12.2026 – Hilfeplangespräch (geplant)',
    teilziel: 'Noah steht mit dem Wecker selbst auf.',
    anfrage: 'Deichgraf',
  },
  {
    email: 'asd@jugendamt-wuppertal.demo',
    gelesen: 'Entwicklungsbericht – Aylin Probe',
    ungelesen: 'Entwicklungsbericht – Lina Muster',
    fall: 'KIJU-2026-001',
    hpg: '10.12.2026 – Hilfeplangespräch (geplant)',
    teilziel: 'Jonas plant seinen Wocheneinkauf mit einem festen Budget.',
    anfrage: 'Talbrück',
  },
];

for (const a of ASD) {
  test(`${a.email}: Posteingang mit gelesenem und ungelesenem Bericht, Hilfeplan mit Zielen, offene Anfrage`, async () => {
    const page = await alsStart(a.email, '/posteingang');
    await sichtbar(page.getByRole('heading', { name: 'Posteingang', level: 1 }));
    const eingang = page.getByRole('table', { name: 'Posteingang' });
    await sichtbar(
      eingang.getByRole('row', { name: new RegExp(a.gelesen) }).getByText(/^gelesen am \d\d\.\d\d\.2026/),
    );
    await sichtbar(
      eingang
        .getByRole('row', { name: new RegExp(a.ungelesen) })
        .getByRole('button', { name: `${a.ungelesen} als gelesen vermerken` }),
    );
    await sichtbar(page.getByText(/Eingänge, davon [1-9]\d* ungelesen\./));

    await page.getByRole('link', { name: 'Gewährte Hilfen' }).click();
    await page.getByRole('table', { name: 'Gewährte Hilfen' }).getByRole('link', { name: a.fall }).click();
    await sichtbar(page.getByRole('heading', { name: `Gewährte Hilfe ${a.fall}`, level: 1 }));
    await page.getByRole('link', { name: 'Zum Fall mit Hilfeplan' }).click();
    await sichtbar(page.getByRole('heading', { name: `Fall ${a.fall}` }));
    await sichtbar(page.getByText(a.hpg));
    await sichtbar(page.getByRole('listitem').filter({ hasText: a.teilziel }));

    await page.getByRole('link', { name: 'Anfragen' }).click();
    const gesendet = page.getByRole('table', { name: 'Gesendete Anfragen' });
    await sichtbar(gesendet.getByRole('row', { name: new RegExp(a.anfrage) }).getByText('offen'));
    await page.context().close();
  });
}

test('asd@jugendamt-berlin-mitte.demo: landet im Posteingang mit einem ungelesenen Bericht', async () => {
  const page = await alsStart('asd@jugendamt-berlin-mitte.demo', '/posteingang');
  const zeile = page.getByRole('table', { name: 'Posteingang' }).getByRole('row', { name: /Hanna Spree/ });
  await sichtbar(zeile.getByRole('button', { name: /als gelesen vermerken/ }));
  await page.context().close();
});

const WJH = [
  {
    email: 'wjh@jugendamt-bremerhaven.demo',
    traeger: 'Träger Bremerhaven gGmbH',
    sachlich: 'sachlich richtig am 20.01.2026 (Wiebke Kasse)',
    angewiesen: 'angewiesen am 11.12.2025 (Wiebke Kasse)',
  },
  {
    email: 'wjh@jugendamt-wuppertal.demo',
    traeger: 'KIJU Wuppertal e. V.',
    sachlich: 'sachlich richtig am 12.11.2025 (Walter Zahlstelle)',
    angewiesen: null,
  },
];

for (const w of WJH) {
  test(`${w.email}: Eingangsrechnungen ungeprüft, sachlich richtig${w.angewiesen ? ' und angewiesen' : ''}`, async () => {
    const page = await alsStart(w.email, '/eingangsrechnungen');
    const zeilen = page.getByRole('row', { name: new RegExp(w.traeger) });
    await sichtbar(zeilen.filter({ hasText: 'ungeprüft' }).first());
    await sichtbar(zeilen.getByText(w.sachlich));
    if (w.angewiesen) {
      // Ordered for payment is done: it shows under „Alle“, not among the open ones.
      assert.equal(await page.getByText(w.angewiesen).count(), 0);
      await page.getByText('Alle', { exact: true }).click();
      await sichtbar(zeilen.getByText(w.angewiesen));
    }
    // Every state side by side, as no other test sees them: readable for everyone (WCAG 2.1 AA).
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    assert.deepEqual(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
    );
    await page.context().close();
  });
}

test('Fachcontrolling: Bremerhaven landet auf seinem Trägerbudget, Wuppertal auf dem Hinweis, dass es keines gibt', async () => {
  const bhv = await alsStart('controlling@jugendamt-bremerhaven.demo', '/traegerbudgets');
  await sichtbar(bhv.getByRole('link', { name: 'Träger Bremerhaven' }));
  await bhv.context().close();
  const wup = await alsStart('controlling@jugendamt-wuppertal.demo', '/traegerbudgets');
  await sichtbar(wup.getByText('Ihr Jugendamt hat mit keinem Träger ein Trägerbudget vereinbart.'));
  await wup.context().close();
});
