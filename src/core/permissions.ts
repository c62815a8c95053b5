/**
 * Who may do what. docs/permissions.md shows this matrix per endpoint, and the permission test
 * checks every endpoint against that document.
 */
export const roles = [
  'admin',
  'head_of_sales',
  'key_account_manager',
  'account_manager',
  'internal',
  'viewer',
] as const;
export type Role = (typeof roles)[number];

const everyone: readonly Role[] = roles;
const sellers: readonly Role[] = ['admin', 'head_of_sales', 'key_account_manager', 'account_manager'];
const leads: readonly Role[] = ['admin', 'head_of_sales'];
const admins: readonly Role[] = ['admin'];

export const permissionMatrix = {
  'accounts:read': everyone,
  'accounts:write': sellers,
  'accounts:archive': leads,
  'contacts:read': everyone,
  'contacts:write': sellers,
  'contacts:archive': sellers,
  'users:read': everyone,
  'users:manage': admins,
  'industries:read': everyone,
  'industries:manage': leads,
  'audit:read': admins,
  /** Revenue figures and analyses: sellers and readers, not every internal colleague. */
  'portfolio:read': ['admin', 'head_of_sales', 'key_account_manager', 'account_manager', 'viewer'],
  /** Which accounts are key accounts, their tier and KAM; the portfolio settings. */
  'portfolio:decide': leads,
  /** Scoring accounts on the selection matrix's manual criteria. */
  'portfolio:score': sellers,
  /** Bringing revenue data in from the ERP. */
  'imports:run': leads,
  /** Buying centres, interactions, visits and contact cadence: the relationship work of sellers. */
  'relationships:read': ['admin', 'head_of_sales', 'key_account_manager', 'account_manager', 'viewer'],
  'relationships:write': sellers,
  /** The contact cadence per key-account tier and the workspace's time zone. */
  'relationships:configure': leads,
  /** Next steps: an internal colleague reads and works on the steps assigned to them. */
  'next-steps:read': everyone,
  'next-steps:work': ['admin', 'head_of_sales', 'key_account_manager', 'account_manager', 'internal'],
  /** The signed-in user's own profile, sessions, tokens, calendar feed and day. */
  self: everyone,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionMatrix;

export function isAllowed(role: Role, permission: Permission): boolean {
  return (permissionMatrix[permission] as readonly Role[]).includes(role);
}

/** Roles that may own an account: a key account needs a KAM (or their lead), not an AM. */
export function canOwnAccount(role: Role, isKeyAccount: boolean): boolean {
  if (isKeyAccount) return role === 'key_account_manager' || role === 'head_of_sales' || role === 'admin';
  return (sellers as readonly string[]).includes(role);
}

export const tokenScopes = ['read', 'write'] as const;
export type TokenScope = (typeof tokenScopes)[number];
