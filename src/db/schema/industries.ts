import { boolean, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from './workspaces.ts';

/** The workspace's editable list of industries; seeded from domain.md's ten (plus "other"). */
export const industries = pgTable(
  'industries',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    key: text('key').notNull(),
    labelDe: text('label_de').notNull(),
    labelEn: text('label_en').notNull(),
    position: integer('position').notNull().default(0),
    archived: boolean('archived').notNull().default(false),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.key] })],
);
