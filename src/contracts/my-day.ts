import { z } from 'zod';
import { ZCoverageWarning } from './buying-centre.ts';
import { ZId } from './common.ts';
import { ZOverdueItem } from './contact-cadence.ts';
import { ZNextStep } from './next-steps.ts';
import { ZVisit } from './visits.ts';

export const dayScopes = ['me', 'team'] as const;
export type DayScope = (typeof dayScopes)[number];

export const ZDayQuery = z.object({
  scope: z
    .enum(dayScopes)
    .default('me')
    .describe('team: the whole sales team, with a row per KAM (heads of sales and admins only).'),
});

const ZRef = z.object({ id: ZId, name: z.string() });

export const ZTeamDayRow = z.object({
  kam: ZRef,
  visitsThisWeek: z.number().int(),
  overdueContacts: z.number().int(),
  overdueNextSteps: z.number().int(),
  coverageWarnings: z.number().int().describe('Warnings across their key accounts.'),
});
export type TeamDayRow = z.infer<typeof ZTeamDayRow>;

export const ZAccountCoverage = z.object({
  account: ZRef.extend({ keyAccountTier: z.number().int().nullable() }),
  warnings: z.array(ZCoverageWarning),
});
export type AccountCoverage = z.infer<typeof ZAccountCoverage>;

export const ZMyDay = z.object({
  date: z.string().describe('Today in the workspace time zone.'),
  timeZone: z.string(),
  visitsToday: z.array(ZVisit),
  visitsThisWeek: z.array(ZVisit).describe('Monday to Sunday, today included; cancelled visits left out.'),
  overdueContacts: z.array(ZOverdueItem).describe('Most important first.'),
  nextSteps: z.object({
    overdue: z.array(ZNextStep),
    dueToday: z.array(ZNextStep),
    dueThisWeek: z.array(ZNextStep).describe('Due after today, up to Sunday.'),
  }),
  coverageWarnings: z
    .array(ZAccountCoverage)
    .describe('The key accounts with gaps in their buying centre, tier 1 first.'),
  team: z.array(ZTeamDayRow).optional().describe('With scope=team: one row per KAM.'),
});
export type MyDay = z.infer<typeof ZMyDay>;
