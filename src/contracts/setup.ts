import { z } from 'zod';
import { ZEmail, ZLocale, zLine } from './common.ts';
import { ZPassword } from './users.ts';

/** Onboarding: the first workspace and its admin. */
export const ZSetupRequest = z
  .object({
    workspaceName: zLine(200),
    name: zLine(200),
    email: ZEmail,
    password: ZPassword,
    locale: ZLocale.optional(),
  })
  .strict();
export type SetupRequest = z.infer<typeof ZSetupRequest>;

export const ZSetupStatus = z.object({ needed: z.boolean() });
