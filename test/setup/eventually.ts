export interface EventuallyOptions {
  timeoutMs: number;
  /** What was awaited, for the failure; a function is asked at the deadline, so it can tell the last state. */
  message: string | (() => string);
  intervalMs?: number;
}

/**
 * Asks `probe` again until it answers something truthy, and returns that. Every wait in the tests
 * goes through here, so none can hang or pass by a lucky sleep: at the deadline it fails saying
 * what did not happen. An error thrown by `probe` fails at once (a failed import will not become
 * a validated one by waiting).
 */
export async function eventually<T>(
  probe: () => T | Promise<T>,
  { timeoutMs, message, intervalMs = 50 }: EventuallyOptions,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await probe();
    if (answer) return answer;
    if (Date.now() >= deadline) {
      const text = typeof message === 'function' ? message() : message;
      throw new Error(`Waited ${timeoutMs} ms in vain: ${text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
