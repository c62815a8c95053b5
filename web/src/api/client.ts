import { ApiError, codeForStatus, type FieldProblem } from './problem.ts';

export type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** The problem+json answer of a failed call (or whatever the body was) as an ApiError. */
export function problemOf(status: number, statusText: string, body: unknown): ApiError {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as {
    code?: unknown;
    title?: unknown;
    detail?: unknown;
    errors?: unknown;
  };
  const code = typeof problem.code === 'string' ? problem.code : codeForStatus(status);
  const message =
    typeof problem.detail === 'string'
      ? problem.detail
      : typeof problem.title === 'string'
        ? problem.title
        : statusText;
  const errors = Array.isArray(problem.errors)
    ? problem.errors.filter(
        (entry): entry is FieldProblem =>
          typeof entry === 'object' &&
          entry !== null &&
          typeof entry.path === 'string' &&
          typeof entry.message === 'string',
      )
    : [];
  return new ApiError(status, code, message, errors);
}

async function readProblem(response: Response): Promise<ApiError> {
  let body: unknown = {};
  try {
    body = await response.json();
  } catch {
    // Not JSON: fall back to the status alone.
  }
  return problemOf(response.status, response.statusText, body);
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'Network error');
  }
  if (!response.ok) throw await readProblem(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: (path: string) => request<void>('DELETE', path),
};
