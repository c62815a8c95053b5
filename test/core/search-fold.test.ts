import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/core/search-fold.ts';

const spelledOut: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };
const germanText = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöüßÄÖÜ -ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')), {
    maxLength: 40,
  })
  .map((chars) => chars.join(''));

describe('foldForSearch', () => {
  it.each([
    ['Müller GmbH', 'muller'],
    ['Müller GmbH', 'Mueller'],
    ['Straße', 'strasse'],
    ['Köln', 'koeln'],
    ['Lößner', 'loessner'],
    ['Société Générale', 'societe generale'],
  ])('folds %s and %s alike', (stored, typed) => {
    expect(foldForSearch(stored)).toContain(foldForSearch(typed));
  });

  it('meets umlauts and their spelled-out forms, whatever the case', () => {
    fc.assert(
      fc.property(germanText, (text) => {
        const spelled = text.replace(/[äöüßÄÖÜ]/g, (char) => spelledOut[char] ?? char);
        expect(foldForSearch(spelled)).toBe(foldForSearch(text));
        expect(foldForSearch(text.toUpperCase())).toBe(foldForSearch(text));
      }),
    );
  });

  it('drops punctuation, so that no LIKE wildcard or quote survives', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(foldForSearch(text)).not.toMatch(/[%_'"\\;]/);
      }),
    );
  });
});
