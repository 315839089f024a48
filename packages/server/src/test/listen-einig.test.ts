import { VORKOMMNIS_ARTEN as ARTEN_VERTRAG, VORKOMMNIS_PFLICHTEN } from '@hilfewerk/api';
import { VORKOMMNIS_ARTEN as ARTEN_REGEL, PFLICHT_ARTEN } from '@hilfewerk/rules';
import { describe, expect, it } from 'vitest';

// The contract package carries only zod and the rules package knows nothing of the contract, so both
// name the kinds of Vorkommnis and their duties. The server joins them: here they must be one list.
describe('Listen in Vertrag und Regeln', () => {
  it('nennen dieselben Arten von Vorkommnissen', () => {
    expect([...ARTEN_VERTRAG]).toEqual([...ARTEN_REGEL]);
  });
  it('nennen dieselben Pflichten aus einem Vorkommnis', () => {
    expect([...VORKOMMNIS_PFLICHTEN]).toEqual([...PFLICHT_ARTEN]);
  });
});
