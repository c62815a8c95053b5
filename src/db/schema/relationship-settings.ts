import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from './workspaces.ts';

/**
 * The workspace's contact cadence per key-account tier and the time zone its calendar days are
 * counted in; a workspace without a row uses the defaults.
 */
export const relationshipSettings = pgTable(
  'relationship_settings',
  {
    workspaceId: uuid('workspace_id')
      .primaryKey()
      .references(() => workspaces.id),
    tier1CadenceDays: integer('tier1_cadence_days').notNull().default(14),
    tier2CadenceDays: integer('tier2_cadence_days').notNull().default(30),
    tier3CadenceDays: integer('tier3_cadence_days').notNull().default(60),
    timeZone: text('time_zone').notNull().default('Europe/Berlin'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'relationship_settings_cadence_check',
      sql`${t.tier1CadenceDays} BETWEEN 1 AND 365 AND ${t.tier2CadenceDays} BETWEEN 1 AND 365 AND ${t.tier3CadenceDays} BETWEEN 1 AND 365`,
    ),
  ],
);
