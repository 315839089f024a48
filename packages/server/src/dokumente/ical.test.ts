import { describe, expect, it } from 'vitest';
import { erzeugeFristenKalender, type KalenderFrist } from './ical.ts';

const fristen: KalenderFrist[] = [
  {
    uid: 'frist-1@hilfewerk',
    faellig: '2025-03-14',
    aktenzeichen: 'BHV-2025-017',
    regel: 'Handlungsplan an das Jugendamt',
    quelle: 'Trägerbudget Bremerhaven, Handlungsplan binnen 6 Wochen',
  },
  {
    uid: 'frist-2@hilfewerk',
    faellig: '2025-12-31',
    aktenzeichen: 'BHV-2025-018',
    regel: 'Bericht vor dem Hilfeplangespräch; Entwurf',
    quelle: 'Trägerbudget Bremerhaven, Berichte',
  },
];

/** Unfolds RFC 5545 lines and splits the text into events of `NAME: value` maps. */
function ereignisse(ics: string): Map<string, string>[] {
  const zeilen = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const liste: Map<string, string>[] = [];
  let aktuell: Map<string, string> | undefined;
  for (const zeile of zeilen) {
    if (zeile === 'BEGIN:VEVENT') aktuell = new Map();
    else if (zeile === 'END:VEVENT' && aktuell) {
      liste.push(aktuell);
      aktuell = undefined;
    } else if (aktuell) {
      const i = zeile.indexOf(':');
      aktuell.set(zeile.slice(0, i), zeile.slice(i + 1));
    }
  }
  return liste;
}

describe('erzeugeFristenKalender', () => {
  const ics = erzeugeFristenKalender(fristen, 'Fristen Team Nord', {
    erzeugtAm: new Date(Date.UTC(2025, 0, 2)),
  });

  it('ist ein Kalender mit Namen und einem ganztägigen Termin je Frist', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(ics).toContain('X-WR-CALNAME:Fristen Team Nord');
    const [erste, zweite] = ereignisse(ics);
    expect(ereignisse(ics)).toHaveLength(2);
    expect(erste.get('UID')).toBe('frist-1@hilfewerk');
    expect(erste.get('DTSTART;VALUE=DATE')).toBe('20250314');
    expect(erste.get('DTEND;VALUE=DATE')).toBe('20250315');
    expect(erste.get('SUMMARY')).toBe('BHV-2025-017: Handlungsplan an das Jugendamt');
    expect(erste.get('DESCRIPTION')).toBe(
      'Frist: Handlungsplan an das Jugendamt\\nQuelle: Trägerbudget Bremerhaven\\, Handlungsplan binnen 6 Wochen',
    );
    expect(erste.get('TRANSP')).toBe('TRANSPARENT');
    expect(zweite.get('DTSTART;VALUE=DATE')).toBe('20251231');
    expect(zweite.get('SUMMARY')).toBe('BHV-2025-018: Bericht vor dem Hilfeplangespräch\\; Entwurf');
  });

  it('enthält nur, was übergeben wurde — keine Namen, keine Uhrzeiten', () => {
    expect(ics).not.toMatch(/DTSTART:\d{8}T/);
    expect(ics).not.toMatch(/ORGANIZER|ATTENDEE/);
  });
});
