import { ereignis, fall, frist, hilfe, leistungseintrag, migriere } from '@hilfewerk/db';
import { eq, max, min } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDatenbank } from '../test/test-app.ts';
import { ladeDemo } from './lade-demo.ts';
import { demoVerschiebung, verschiebeDemoDatum } from './verschiebung.ts';

describe('verschiebeDemoDatum', () => {
  it('zählt ganze Monate vom Demotag 25.11.2026 bis zum letzten 25. vor dem Ladetag', () => {
    expect(demoVerschiebung('2026-11-25')).toBe(0);
    expect(demoVerschiebung('2026-12-01')).toBe(0);
    expect(demoVerschiebung('2026-12-24')).toBe(0);
    expect(demoVerschiebung('2026-12-25')).toBe(1);
    expect(demoVerschiebung('2027-03-10')).toBe(3);
    expect(demoVerschiebung('2028-02-29')).toBe(15);
    expect(demoVerschiebung('2026-11-24')).toBe(-1);
  });

  it('behält die Tagesnummer, kappt auf kurze Monate und lässt Monatsenden Monatsenden', () => {
    expect(verschiebeDemoDatum('2026-09-14', 0)).toBe('2026-09-14');
    expect(verschiebeDemoDatum('2026-09-14', 4)).toBe('2027-01-14');
    expect(verschiebeDemoDatum('2026-10-30', 4)).toBe('2027-02-28');
    expect(verschiebeDemoDatum('2026-11-30', 1)).toBe('2026-12-31');
    expect(verschiebeDemoDatum('2027-01-31', 1)).toBe('2027-02-28');
    expect(verschiebeDemoDatum('2026-02-28', 12)).toBe('2027-02-28');
    expect(verschiebeDemoDatum('2027-02-28', 12)).toBe('2028-02-29');
    expect(verschiebeDemoDatum('2026-12-31', -1)).toBe('2026-11-30');
  });

  it('weist ein kaputtes Datum in den Demodaten laut ab', () => {
    expect(() => verschiebeDemoDatum('2026-13-01', 1)).toThrow(/kein Datum/);
  });
});

describe('ladeDemo an einem späteren Tag', () => {
  it('schiebt Hilfen, Stunden und Fristen um ganze Monate weiter und bleibt in sich stimmig', async () => {
    const { db, aufraeumen } = await testDatenbank({ leer: true });
    try {
      await migriere(db);
      const geladenAm = '2027-03-10';
      expect(await ladeDemo(db, geladenAm)).toBe(true);
      await db.withSystemTx(async (tx) => {
        const hilfeVon = async (aktenzeichen: string) => {
          const [h] = await tx
            .select({ beginn: hilfe.beginn, ende: hilfe.geplantesEnde, id: hilfe.id })
            .from(hilfe)
            .innerJoin(fall, eq(fall.id, hilfe.fallId))
            .where(eq(fall.aktenzeichen, aktenzeichen));
          return h;
        };
        // Loaded on 10.03.2027 the story's day is 25.02.2027: three months on.
        // KIJU-2026-001: 03.08.2026–31.01.2027 as of the story's day.
        expect(await hilfeVon('KIJU-2026-001')).toMatchObject({ beginn: '2026-11-03', ende: '2027-04-30' });
        // LT 11 at its six-month limit (15.09.2026–14.03.2027) stays exactly at it.
        expect(await hilfeVon('TBH-NB-2026-002')).toMatchObject({ beginn: '2026-12-15', ende: '2027-06-14' });
        // LT 11 ending on a month's last day keeps ending on one.
        expect(await hilfeVon('TBH-NB-2026-001')).toMatchObject({ beginn: '2027-01-01', ende: '2027-03-31' });

        // What happened lies in the past: no recorded event (only planned ones) after the day of loading.
        const ereignisse = await tx.select({ art: ereignis.art, datum: ereignis.datum }).from(ereignis);
        const geschehen = ereignisse.filter((e) => !e.art.endsWith('_geplant'));
        expect(geschehen.length).toBeGreaterThan(0);
        expect(geschehen.filter((e) => e.datum > geladenAm)).toEqual([]);

        // Hours run up to the end of the month before the story's month (October then, January now,
        // whose 31st is a Sunday); none on weekends.
        const [spanne] = await tx
          .select({ von: min(leistungseintrag.datum), bis: max(leistungseintrag.datum) })
          .from(leistungseintrag);
        expect(String(spanne.bis) <= '2027-01-29').toBe(true);
        expect(String(spanne.bis) >= '2027-01-25').toBe(true);
        const tage = await tx.selectDistinct({ datum: leistungseintrag.datum }).from(leistungseintrag);
        expect(tage.every(({ datum }) => ![0, 6].includes(new Date(`${datum}T00:00:00Z`).getUTCDay()))).toBe(
          true,
        );

        // Deadlines were derived for the shifted Hilfen: the KIJU report 14 days before the HPG, now on
        // Wed 10.03.2027 → Wed 24.02.2027, a working day in NW.
        const kiju = await hilfeVon('KIJU-2026-001');
        const fristen = await tx.select().from(frist).where(eq(frist.hilfeId, kiju.id));
        expect(fristen.find((f) => f.regel === 'bericht-vor-hpg')?.faellig).toBe('2027-02-24');
      });
    } finally {
      await aufraeumen();
    }
  });
});
