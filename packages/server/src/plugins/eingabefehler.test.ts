import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallId, type TestApp, type TestSitzung, testApp } from '../test/test-app.ts';

/** Malformed requests get a German 4xx that names the problem, and nothing is stored. */
let t: TestApp;
let s: TestSitzung;
let fall: string;

beforeAll(async () => {
  t = await testApp();
  s = await t.als('fachkraft@kiju.demo');
  fall = await fallId(t, 'KIJU-2026-001');
});
afterAll(() => t.close());

const kopf = () => ({ cookie: s.cookie, 'x-csrf-token': s.csrfToken });

describe('Fehlerhafte Anfragen', () => {
  it('kaputtes JSON → 400 auf Deutsch', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/faelle/${fall}/notizen`,
      headers: { ...kopf(), 'content-type': 'application/json' },
      payload: '{"text": "abc',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ fehler: 'Die Anfrage enthält kein gültiges JSON.' });
  });

  it('als JSON angekündigt, aber ohne Körper: wie ohne Körper — Aktion ohne Eingabe läuft, sonst 422 am Feld', async () => {
    // A session of its own, logged out without a body.
    const anmeldung = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'verwaltung@kiju.demo', passwort: 'hilfewerk-demo' },
    });
    const eigene = {
      cookie: `hw_sitzung=${anmeldung.cookies.find((c) => c.name === 'hw_sitzung')?.value}`,
      'x-csrf-token': anmeldung.json().csrfToken as string,
    };
    const ohneEingabe = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { ...eigene, 'content-type': 'application/json', 'content-length': '0' },
    });
    expect(ohneEingabe.statusCode, ohneEingabe.body).toBe(204);
    const mitEingabe = await t.app.inject({
      method: 'POST',
      url: `/api/faelle/${fall}/notizen`,
      headers: { ...kopf(), 'content-type': 'application/json', 'content-length': '0' },
    });
    expect(mitEingabe.statusCode).toBe(422);
    expect(mitEingabe.json().felder).toHaveProperty('anfrage');
  });

  it('falsches Format → 415 auf Deutsch', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/faelle/${fall}/notizen`,
      headers: { ...kopf(), 'content-type': 'text/csv' },
      payload: 'text\nabc',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().fehler).toMatch(/Format wird nicht angenommen/);
  });

  it('Null-Zeichen im Text oder in der Suche → 422 am Feld, nichts gespeichert', async () => {
    const vorher = (await s.get(`/api/faelle/${fall}/notizen`)).json().length;
    const res = await s.post(`/api/faelle/${fall}/notizen`, { text: 'Besuch\u0000 am Montag' });
    expect(res.statusCode).toBe(422);
    expect(res.json().felder.text).toMatch(/unzulässiges Steuerzeichen/);
    expect((await s.get(`/api/faelle/${fall}/notizen`)).json().length).toBe(vorher);
    const suche = await s.get('/api/faelle?q=Mei%00er');
    expect(suche.statusCode).toBe(422);
    expect(suche.json().felder.q).toMatch(/Steuerzeichen/);
    // Tabs and line breaks are ordinary text.
    expect((await s.post(`/api/faelle/${fall}/notizen`, { text: 'Zeile 1\n\tZeile 2' })).statusCode).toBe(
      201,
    );
  });

  it.each(['0000-01-01', '9999-12-31', '1900-01-01', '2100-01-01'])(
    'Datum %s → 422 mit erlaubtem Bereich',
    async (datum) => {
      const res = await s.post('/api/leistungen', { datum, minuten: 30, art: 'falluebergreifend' });
      expect(res.statusCode).toBe(422);
      expect(res.json().felder.datum).toBe('Bitte ein Datum zwischen 01.01.1901 und 31.12.2099 angeben.');
    },
  );
});
