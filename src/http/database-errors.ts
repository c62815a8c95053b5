import { AppError } from '../core/app-error.ts';

/** What node-postgres reports of a failed statement (Drizzle wraps it as the `cause`). */
interface PostgresError {
  code: string;
  constraint?: string | undefined;
  detail?: string | undefined;
  table?: string | undefined;
  column?: string | undefined;
  routine?: string | undefined;
}

const isPostgresError = (value: unknown): value is PostgresError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { code?: unknown }).code === 'string' &&
  /^[0-9A-Z]{5}$/.test((value as { code: string }).code);

/** The PostgreSQL error behind an error, however many wrappers (Drizzle's DrizzleQueryError) sit around it. */
export function postgresErrorOf(error: unknown): PostgresError | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (isPostgresError(current)) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

const camelCase = (column: string) =>
  column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The fields of a unique key from the error's detail ("Key (workspace_id, customer_number)=(…)"). */
function keyFields(detail: string | undefined): string[] {
  const columns = /Key \(([^)]*)\)=/.exec(detail ?? '')?.[1];
  if (!columns) return [];
  return columns
    .split(',')
    .map((column) => column.trim().replace(/^lower\((.*)\)$/, '$1'))
    .filter((column) => column !== 'workspace_id')
    .map(camelCase);
}

/**
 * Class 22 (data exception) comes from a value the input carried that the validation let through:
 * too long, out of range, not representable. The field is not known here, so none is named.
 */
const dataExceptions = new Set(['22001', '22003', '22007', '22008', '22021', '22P02', '22P05', '22004']);

/** Maps a PostgreSQL error that slipped past the service's checks; undefined for a real failure. */
export function fromDatabase(error: unknown): AppError | undefined {
  const postgres = postgresErrorOf(error);
  if (!postgres) return undefined;
  if (postgres.code === '23505') {
    const fields = keyFields(postgres.detail);
    return new AppError(
      'duplicate',
      'Already exists',
      fields.map((path) => ({ path, code: 'taken', message: 'Already in use' })),
    );
  }
  if (postgres.code === '23503')
    return new AppError('invalid_reference', 'Refers to a record that does not exist');
  if (dataExceptions.has(postgres.code)) {
    return new AppError('validation_failed', 'A value of the request cannot be stored', [
      {
        path: '',
        code: 'unstorable_value',
        message: 'A value is too long, out of range or not representable',
      },
    ]);
  }
  return undefined;
}

function findQueryError(error: unknown): { cause?: unknown } | undefined {
  const message = error instanceof Error ? error.message : '';
  return message.startsWith('Failed query') ? (error as { cause?: unknown }) : undefined;
}

/**
 * What the log may say about an error: its kind and PostgreSQL's code, never the message of a
 * failed query, which Drizzle writes with the SQL parameters (a new user's password hash, say).
 */
export function loggableError(error: unknown): Record<string, unknown> {
  const postgres = postgresErrorOf(error);
  if (postgres) {
    const { code, constraint, table, column, routine } = postgres;
    return { type: 'DatabaseError', code, constraint, table, column, routine };
  }
  // A query that failed before PostgreSQL answered (no connection) is still a Drizzle query error.
  const query = findQueryError(error);
  if (query) return { type: 'DatabaseError', cause: loggableError(query.cause ?? null) };
  if (error instanceof Error) return { type: error.name, message: error.message, stack: error.stack };
  return { type: typeof error };
}
