import type { Queryable } from '../../../db/client.ts';
import { heartbeat } from './imports.store.ts';

const EVERY_MS = 1000;

/**
 * Counts the bytes a job has read and writes them, at most once a second, as the import's
 * progress and heartbeat; a timer keeps the heartbeat going while PostgreSQL works on its own
 * (the final INSERT of a large commit), so the job is not taken for dead.
 */
export function trackProgress(db: Queryable, workspaceId: string, importId: string) {
  let bytes = 0;
  let written = 0;
  const write = () => {
    written = Date.now();
    void heartbeat(db, workspaceId, importId, bytes).catch(() => undefined);
  };
  const timer = setInterval(write, 10 * EVERY_MS);
  timer.unref();
  return {
    async *count(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
      for await (const chunk of source) {
        bytes += chunk.length;
        if (Date.now() - written > EVERY_MS) write();
        yield chunk;
      }
    },
    stop() {
      clearInterval(timer);
    },
  };
}
