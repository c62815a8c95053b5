import { AppError } from './app-error.ts';

/**
 * Keyset pagination: a cursor names the sort value and id of the last row a page showed, so
 * the next page starts right after it, however many rows were added or removed meanwhile.
 */
export interface CursorPosition {
  value: string | number | boolean | null;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.value, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[1] === 'string' &&
      UUID.test(parsed[1])
    ) {
      const [value, id] = parsed as [unknown, string];
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
        return { value: value as CursorPosition['value'], id };
      }
    }
  } catch {
    // fall through to the error below
  }
  throw invalidCursor();
}

export function invalidCursor(): AppError {
  return new AppError('validation_failed', 'Invalid cursor', [
    { path: 'cursor', code: 'invalid_cursor', message: 'Invalid cursor' },
  ]);
}
