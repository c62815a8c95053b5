import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/app-error.ts';
import { decodeCursor, encodeCursor } from '../../src/core/cursor.ts';

describe('cursor', () => {
  it('gives back the position it was made from', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.boolean(),
          fc.constant(null),
        ),
        fc.uuid(),
        (value, id) => {
          expect(decodeCursor(encodeCursor({ value, id }))).toEqual({
            value: Object.is(value, -0) ? 0 : value,
            id,
          });
        },
      ),
    );
  });

  it.each([
    '',
    'not-base64!',
    Buffer.from('[1]').toString('base64url'),
    Buffer.from('["a","not-a-uuid"]').toString('base64url'),
  ])('refuses the tampered cursor %j with a validation error', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(AppError);
  });
});
