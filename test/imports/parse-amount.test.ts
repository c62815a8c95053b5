import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecimalStyle } from '#contracts/import-formats.ts';
import { parseAmount, parseQuantity } from '../../src/features/identify/imports/parsing/index.ts';
import {
  centsOfNumber,
  decimalStyleEvidence,
} from '../../src/features/identify/imports/parsing/parse-amount.ts';

const cents = (text: string, style: DecimalStyle) => {
  const result = parseAmount(text, style);
  return result.ok ? result.cents : result.code;
};

/** An amount as an ERP would write it, grouped or not, in either style. */
function formatCents(value: number, style: DecimalStyle, grouped: boolean): string {
  const [group, decimal] = style === 'comma' ? ['.', ','] : [',', '.'];
  const magnitude = Math.abs(value);
  const units = String(Math.floor(magnitude / 100));
  const fraction = String(magnitude % 100).padStart(2, '0');
  const integer = grouped ? units.replace(/\B(?=(\d{3})+(?!\d))/g, group) : units;
  return `${value < 0 ? '-' : ''}${integer}${decimal}${fraction}`;
}

describe('parseAmount', () => {
  it('reads German amounts', () => {
    expect(cents('1.234,56', 'comma')).toBe(123456);
    expect(cents('1234,5', 'comma')).toBe(123450);
    expect(cents('1.234.567', 'comma')).toBe(123456700);
    expect(cents('0,99', 'comma')).toBe(99);
    expect(cents(',5', 'comma')).toBe(50);
    expect(cents('42', 'comma')).toBe(4200);
  });

  it('reads English amounts', () => {
    expect(cents('1,234.56', 'point')).toBe(123456);
    expect(cents('1234.5', 'point')).toBe(123450);
    expect(cents('1,234,567', 'point')).toBe(123456700);
  });

  it('takes currency symbols, codes and spaces', () => {
    expect(parseAmount('1.234,56 €', 'comma')).toEqual({ ok: true, cents: 123456, currency: 'EUR' });
    expect(parseAmount('€1,234.56', 'point')).toEqual({ ok: true, cents: 123456, currency: 'EUR' });
    expect(parseAmount('$ 99.90', 'point')).toEqual({ ok: true, cents: 9990, currency: 'USD' });
    expect(parseAmount('1 234,56 CHF', 'comma')).toEqual({ ok: true, cents: 123456, currency: 'CHF' });
    expect(parseAmount("1'234.56", 'point')).toMatchObject({ ok: true, cents: 123456 });
    expect(parseAmount('\u00a01.234,56\u00a0€', 'comma')).toMatchObject({ ok: true, cents: 123456 });
  });

  it('reads credit notes: minus, trailing minus and parentheses', () => {
    expect(cents('-1.234,56', 'comma')).toBe(-123456);
    expect(cents('1.234,56-', 'comma')).toBe(-123456);
    expect(cents('(1.234,56)', 'comma')).toBe(-123456);
    expect(cents('-1.234,56 €', 'comma')).toBe(-123456);
    expect(cents('€ -1,234.56', 'point')).toBe(-123456);
    expect(cents('−12,00', 'comma')).toBe(-1200);
    expect(cents('-0,00', 'comma')).toBe(0);
    expect(Object.is(cents('-0,00', 'comma'), -0)).toBe(false);
  });

  it('rounds a third decimal half away from zero, without float errors', () => {
    expect(cents('1,005', 'comma')).toBe(101);
    expect(cents('1,004', 'comma')).toBe(100);
    expect(cents('-1,005', 'comma')).toBe(-101);
    expect(centsOfNumber(1.005)).toBe(101);
    expect(centsOfNumber(-1.005)).toBe(-101);
    expect(centsOfNumber(0.1 + 0.2)).toBe(30);
  });

  it('refuses text, the other style and broken grouping', () => {
    expect(cents('abc', 'comma')).toBe('invalid_amount');
    expect(cents('', 'comma')).toBe('invalid_amount');
    expect(cents('n/a', 'point')).toBe('invalid_amount');
    expect(cents('1.5', 'comma')).toBe('invalid_amount');
    expect(cents('1,234.56', 'comma')).toBe('invalid_amount');
    expect(cents('12.34.56', 'comma')).toBe('invalid_amount');
    expect(cents('--5', 'comma')).toBe('invalid_amount');
    expect(cents('(-5)', 'comma')).toBe('invalid_amount');
    expect(cents('5 Stück', 'comma')).toBe('invalid_amount');
    expect(cents('1e5', 'point')).toBe('invalid_amount');
    expect(cents('12345678901234,00', 'comma')).toBe('out_of_range');
  });

  it('gives back the cents of any amount formatted in either style (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }),
        fc.constantFrom<DecimalStyle>('comma', 'point'),
        fc.boolean(),
        (value, style, grouped) => {
          const text = formatCents(value, style, grouped);
          expect(parseAmount(text, style)).toEqual({ ok: true, cents: value, currency: null });
          // The detection reads the same style from any value that shows it.
          const evidence = decimalStyleEvidence(text);
          if (evidence) expect(evidence).toBe(style);
        },
      ),
    );
  });
});

describe('parseQuantity', () => {
  it('reads quantities with any number of decimals', () => {
    expect(parseQuantity('1.000', 'comma')).toEqual({ ok: true, value: 1000 });
    expect(parseQuantity('2,125', 'comma')).toEqual({ ok: true, value: 2.125 });
    expect(parseQuantity('-3', 'point')).toEqual({ ok: true, value: -3 });
    expect(parseQuantity('3 €', 'point').ok).toBe(false);
    expect(parseQuantity('viel', 'comma').ok).toBe(false);
  });
});

describe('decimalStyleEvidence', () => {
  it('decides only on values that prove a style', () => {
    expect(decimalStyleEvidence('1,5')).toBe('comma');
    expect(decimalStyleEvidence('1.234,56')).toBe('comma');
    expect(decimalStyleEvidence('1.234.567')).toBe('comma');
    expect(decimalStyleEvidence('1.5')).toBe('point');
    expect(decimalStyleEvidence('1,234.56')).toBe('point');
    expect(decimalStyleEvidence('1,234,567')).toBe('point');
    expect(decimalStyleEvidence('1.234')).toBeNull();
    expect(decimalStyleEvidence('1,234')).toBeNull();
    expect(decimalStyleEvidence('1234')).toBeNull();
    expect(decimalStyleEvidence('abc')).toBeNull();
  });
});
