import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../dokumente/test-hilfen/pdf-text.ts';
import { type TestApp, testApp } from '../../test/test-app.ts';

/**
 * The Kalkulationsblatt is sent to a Jugendamt with a rate negotiation: it speaks to its reader — field labels,
 * sources as a reader cites them, one currency sign, whole words — and carries no internal names or notes.
 */
let t: TestApp;

beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const MIT_HINWEISEN = {
  leistung: 'berlin-d8',
  variante: 'individual-gering',
  stichtag: '2025-01-01',
  plaetze: 10,
  betreuungseinheiten: 5,
  auslastung: 0.93,
  personalschluessel: 0.2,
  erstkalkulation: true,
  personalkosten: { fachkraft: '120000.00', leitung: '85000.00' },
  sachkosten: '60000.00',
};

describe('Kalkulationsblatt als PDF', () => {
  it('nennt Felder mit ihrer Beschriftung, Quellen wie zitiert, das Entgelt ohne doppelte Währung, und heißt …_entwurf.pdf', async () => {
    const s = await t.als('verwaltung@kiju.demo');
    const res = await s.post('/api/kalkulationen/export/pdf', MIT_HINWEISEN);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="Kalkulation_berlin-d8_individual-gering_2025-01-01_entwurf.pdf"',
    );
    const text = pdfText(res.rawPayload);
    const einzeilig = text.replace(/\s+/g, ' ');
    expect(einzeilig).toContain('je Platz und Tag');
    expect(einzeilig).not.toContain('€ EUR');
    expect(einzeilig).toContain('Hinweise zur Kalkulation');
    expect(einzeilig).toContain(
      'Personalschlüssel: Personalschlüssel 0,20 VK je Betreuungseinheit unterschreitet',
    );
    expect(einzeilig).toContain('Arbeitgeberkosten je VK Fachkraft: Arbeitgeberkosten je VK');
    expect(einzeilig).toContain(
      'Anlage D.8, Matrix B, Angebot mit geringerer Betreuungsdichte: Der Mindeststandard von 1 Fachkraft zu 4 Betreuungseinheiten soll nicht unterschritten werden',
    );
    for (const intern of [
      'personalschluessel',
      'personalkosten.',
      'Hilfewerk-Annahme',
      'Produktivbetrieb',
      'DOMAIN',
      'CONTRACTS',
      'Seed',
      'Plausibility',
      'net annual',
    ]) {
      expect(einzeilig, intern).not.toContain(intern);
    }
    // The unit column holds "Anteil der Personalkosten" with the word whole, not broken into "Personalkoste" + "n".
    expect(text).not.toMatch(/Personalkoste\s*\n/);
    expect(text).toMatch(/Anteil der Personalkosten|Anteil der\s[^\n]*\n[^\n]*Personalkosten/);
  });
});
