import { describe, expect, it } from 'vitest';
import type { Rechnungsangaben } from './rechnungsangaben-api';
import { bodyAus, werteAus } from './rechnungsangaben-formular';

const geladen: Rechnungsangaben = {
  art: 'traeger',
  name: 'KIJU',
  leitwegId: null,
  fehlt: [],
  rechnungenMoeglich: true,
  angaben: {
    strasse: 'Beispielstraße 12',
    plz: '42103',
    ort: 'Wuppertal',
    registernummer: 'VR 3456',
    iban: 'DE02120300000000202051',
    zahlungszielTage: 30,
    nummernPrefix: 'RE',
    datev: {
      beraterNr: 1001,
      mandantNr: 1,
      sachkontenlaenge: 4,
      erloesKonto: '8100',
      wjBeginnMonat: 1,
      debitoren: { '05124000-00001-55': '10100' },
      debitorStandard: '10000',
    },
  },
};

describe('Rechnungsangaben-Formular', () => {
  it('round-trips what was loaded; empty fields and an empty contact are left out', () => {
    const body = bodyAus(werteAus(geladen), geladen);
    expect(body).toEqual({ angaben: { ...geladen.angaben, kontakt: undefined } });
    expect(Object.entries(body.angaben).filter(([, w]) => w === '')).toEqual([]);
  });

  it('keeps the debtor accounts per Jugendamt, which the form does not edit', () => {
    const w = werteAus(geladen);
    w.angaben.datev.beraterNr = '2002';
    expect(bodyAus(w, geladen).angaben.datev).toMatchObject({
      beraterNr: 2002,
      debitoren: { '05124000-00001-55': '10100' },
    });
  });

  it('a Jugendamt sends its Leitweg-ID, null when cleared; a provider never', () => {
    const ja: Rechnungsangaben = { ...geladen, art: 'jugendamt', leitwegId: '04011000-12345-03' };
    const w = werteAus(ja);
    expect(bodyAus(w, ja).leitwegId).toBe('04011000-12345-03');
    w.leitwegId = '  ';
    expect(bodyAus(w, ja).leitwegId).toBeNull();
    expect('leitwegId' in bodyAus(werteAus(geladen), geladen)).toBe(false);
  });

  it('a USt-IdNr. typed with spaces and lower case goes out as DE123456789', () => {
    const w = werteAus(geladen);
    w.angaben.ustId = 'de 123 456 789';
    expect(bodyAus(w, geladen).angaben.ustId).toBe('DE123456789');
  });
});
