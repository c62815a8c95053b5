import type { z } from 'zod';
import type {
  Account,
  AccountCreate,
  AccountUpdate,
  HierarchyNode,
  ZAccountListItem,
} from '../../../src/features/accounts/accounts.schema.ts';
import type { ZMe } from '../../../src/features/auth/auth.schema.ts';
import type {
  Contact,
  ContactCreate,
  ContactUpdate,
} from '../../../src/features/contacts/contacts.schema.ts';
import type { ZUser } from '../../../src/features/users/users.schema.ts';

/** Types of the API's JSON answers, derived from the server's zod contracts. */
export type { Account, AccountCreate, AccountUpdate, Contact, ContactCreate, ContactUpdate, HierarchyNode };
export type AccountListItem = z.output<typeof ZAccountListItem>;
export type User = z.output<typeof ZUser>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type Me = z.output<typeof ZMe>;

export interface Industry {
  key: string;
  labelDe: string;
  labelEn: string;
  position: number;
  archived: boolean;
}

export interface Hierarchy {
  root: HierarchyNode;
  truncated: boolean;
}
