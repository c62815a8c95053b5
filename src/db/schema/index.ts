export * from './accounts.ts';
export * from './audit-log.ts';
export * from './contacts.ts';
export * from './industries.ts';
export * from './revenue.ts';
export * from './sessions.ts';
export * from './users.ts';
export * from './workspaces.ts';
