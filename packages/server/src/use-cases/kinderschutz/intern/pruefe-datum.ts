import { datumDe } from '@hilfewerk/rules/tag';
import { Ungueltig } from '../../../fehler.ts';
import { heute } from '../../fristen/intern/heute.ts';

/** A step happened: not after today, not before the procedure began. */
export function pruefeSchrittDatum(datum: string, begonnenAm: string): void {
  if (datum > heute()) {
    throw new Ungueltig({
      datum: `Ein Schritt liegt nicht in der Zukunft; spätestens heute (${datumDe(heute())}).`,
    });
  }
  if (datum < begonnenAm) {
    throw new Ungueltig({
      datum: `Der Schritt kann nicht vor Beginn des Verfahrens am ${datumDe(begonnenAm)} liegen.`,
    });
  }
}
