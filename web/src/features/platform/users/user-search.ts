import { z } from 'zod';
import { roles } from '#contracts/users.ts';
import type { UserFilters } from '../../../api/users.ts';
import { optionalParam, parseListSearch } from '../../../components/url-search.ts';

/** The user list's state in the URL. */
const ZUserSearch = z.object({
  q: optionalParam(z.string().max(200)),
  role: optionalParam(z.enum(roles)),
  active: optionalParam(z.enum(['true', 'false'])),
});

export type UserSearch = z.output<typeof ZUserSearch>;

export function validateUserSearch(search: Record<string, unknown>): UserSearch {
  return parseListSearch(ZUserSearch, search);
}

export function userFilters(search: UserSearch): UserFilters {
  return { q: search.q?.trim() || undefined, role: search.role, active: search.active };
}
