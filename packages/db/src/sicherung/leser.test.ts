import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SicherungsLeser } from './leser.ts';

/**
 * The reader finds the end of a table's rows wherever the decompressor happens to cut the stream,
 * including inside the end line itself and inside rows that begin with a backslash.
 */
const TABELLEN = {
  hilfewerk_migration: ['0000_basis\t2026-11-25 10:00:00+00'],
  leer: [],
  schraeg: ['\\N\tx', '\\\\.\t\\n', '\\.\\.\tend', '', 'a\\tb'],
  viele: Array.from({ length: 40 }, (_, i) => `${i}\t${'ä'.repeat(i % 7)}`),
};

function inhalt(): { text: string; erwartet: Record<string, string> } {
  const kopf = {
    erstelltAm: '2026-11-25T10:00:00.000Z',
    postgresVersion: '18.0',
    migrationen: ['0000_basis'],
    tabellen: Object.entries(TABELLEN).map(([name, zeilen]) => ({
      name,
      spalten: ['a', 'b'],
      zeilen: zeilen.length,
    })),
    sequenzen: [],
  };
  let text = `HILFEWERK-SICHERUNG 1\n${JSON.stringify(kopf)}\n`;
  const erwartet: Record<string, string> = {};
  for (const [name, zeilen] of Object.entries(TABELLEN)) {
    erwartet[name] = zeilen.map((z) => `${z}\n`).join('');
    text += `#tabelle ${name}\n${erwartet[name]}\\.\n`;
  }
  return { text: `${text}#pruefsumme ${createHash('sha256').update(text).digest('hex')}\n`, erwartet };
}

async function* stuecke(daten: Buffer, groesse: number) {
  for (let i = 0; i < daten.length; i += groesse) yield daten.subarray(i, i + groesse);
}

describe('SicherungsLeser', () => {
  it('splits the tables correctly for every chunk size', async () => {
    const { text, erwartet } = inhalt();
    const daten = Buffer.from(text);
    for (const groesse of [1, 2, 3, 4, 5, 7, 11, 64, 1000, daten.length]) {
      const leser = SicherungsLeser.aus('test', stuecke(daten, groesse));
      const kopf = await leser.leseAnfang();
      for (const t of kopf.tabellen) {
        const teile: Buffer[] = [];
        for await (const teil of leser.abschnitt(t.name)) teile.push(teil);
        expect(Buffer.concat(teile).toString(), `${t.name} bei ${groesse}`).toBe(erwartet[t.name]);
        expect(leser.zeilenImAbschnitt).toBe(t.zeilen);
      }
      await leser.pruefeEnde();
    }
  });

  it('notices a changed byte and a missing end line', async () => {
    const { text } = inhalt();
    const veraendert = SicherungsLeser.aus('test', stuecke(Buffer.from(text.replace('end', 'End')), 13));
    const kopf = await veraendert.leseAnfang();
    for (const t of kopf.tabellen) for await (const _ of veraendert.abschnitt(t.name));
    await expect(veraendert.pruefeEnde()).rejects.toMatchObject({ grund: 'beschaedigt' });

    const ohneEnde = text.slice(0, text.indexOf('\\.\n#tabelle schraeg'));
    const abgebrochen = SicherungsLeser.aus('test', stuecke(Buffer.from(ohneEnde), 5));
    await abgebrochen.leseAnfang();
    const lesen = async () => {
      for await (const _ of abgebrochen.abschnitt('hilfewerk_migration'));
      for await (const _ of abgebrochen.abschnitt('leer'));
    };
    await expect(lesen()).rejects.toMatchObject({
      grund: 'beschaedigt',
      message: expect.stringContaining('brechen ab'),
    });
  });
});
