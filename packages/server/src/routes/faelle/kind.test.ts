import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallId, type TestApp, testApp } from '../../test/test-app.ts';

/**
 * Anlage D.8 cares for "Mütter/Väter und Kinder": a baby in a mother-child form is a child of the case, not a
 * carer. The case file records it with the role `kind`.
 */
let t: TestApp;
let muki: string;

beforeAll(async () => {
  t = await testApp();
  muki = await fallId(t, 'MUKI-2026-001');
});
afterAll(() => t.close());

describe('Person mit der Rolle Kind', () => {
  it('die Demodaten führen das Baby der Mutter-Kind-Gruppe als Kind; eine Fachkraft legt ein weiteres Kind an', async () => {
    const s = await t.als('fachkraft@mukiberlin.demo');
    const akte = (await s.get(`/api/faelle/${muki}`)).json();
    const rollen = akte.personen.map((p: { vorname: string; rolle: string }) => `${p.vorname}:${p.rolle}`);
    expect(rollen).toContain('Luis:kind');
    expect(rollen).not.toContain('Luis:betreuungsperson');

    const neu = await s.post(`/api/faelle/${muki}/personen`, {
      rolle: 'kind',
      vorname: 'Ella',
      nachname: 'Spree',
      geburtsdatum: '2026-10-01',
    });
    expect(neu.statusCode).toBe(201);
    expect(neu.json()).toMatchObject({ rolle: 'kind', vorname: 'Ella' });
  });

  it('eine unbekannte Rolle wird abgelehnt und nichts angelegt', async () => {
    const s = await t.als('fachkraft@mukiberlin.demo');
    const vorher = (await s.get(`/api/faelle/${muki}`)).json().personen.length;
    const res = await s.post(`/api/faelle/${muki}/personen`, { rolle: 'baby', vorname: 'X', nachname: 'Y' });
    expect(res.statusCode).toBe(422);
    expect(JSON.stringify(res.json())).toContain('Rolle');
    expect((await s.get(`/api/faelle/${muki}`)).json().personen.length).toBe(vorher);
  });
});
