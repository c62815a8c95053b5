import { api } from './client.ts';

/** The writes every archivable record type shares (accounts, contacts). */
export function recordWrites<R, Create, Update>(base: string) {
  const one = (id: string) => `${base}/${encodeURIComponent(id)}`;
  return {
    create: (body: Create) => api.post<R>(base, body),
    update: (id: string, body: Update) => api.patch<R>(one(id), body),
    archive: (id: string, version: number) => api.post<R>(`${one(id)}/archive`, { version }),
    restore: (id: string, version: number) => api.post<R>(`${one(id)}/restore`, { version }),
  };
}
