import { z } from 'zod';
import { roles } from '../core/permissions.ts';

export { roles };

import {
  ZEmail,
  ZId,
  ZLocale,
  ZPageQuery,
  ZTimestamp,
  ZVersion,
  zLine,
  zOptionalText,
  zPage,
} from './common.ts';

export const ZPassword = z
  .string()
  .min(10, 'At least 10 characters')
  .max(200)
  .describe('At least 10 characters.');

export const ZRole = z.enum(roles);

export const ZUser = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  role: ZRole,
  team: z.string().nullable(),
  locale: z.string(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});

export const ZUserCreate = z
  .object({
    email: ZEmail,
    name: zLine(200),
    role: ZRole,
    team: zOptionalText(100).describe(
      'For role internal: marketing, product development, service, logistics, technology, …',
    ),
    password: ZPassword,
    locale: ZLocale.optional(),
  })
  .strict();
export type UserCreate = z.infer<typeof ZUserCreate>;

export const ZUserUpdate = z
  .object({
    version: ZVersion,
    name: zLine(200).optional(),
    role: ZRole.optional(),
    team: zOptionalText(100),
    locale: ZLocale.optional(),
    active: z.boolean().optional(),
    password: ZPassword.optional().describe('Sets a new password and signs the user out everywhere.'),
  })
  .strict();
export type UserUpdate = z.infer<typeof ZUserUpdate>;

export const ZProfileUpdate = z
  .object({
    version: ZVersion,
    name: zLine(200).optional(),
    locale: ZLocale.optional(),
    currentPassword: z.string().max(200).optional(),
    newPassword: ZPassword.optional(),
    revokeTokens: z
      .boolean()
      .default(true)
      .describe('With a new password: also revoke my API tokens (a stolen one stops working). Default: yes.'),
  })
  .strict();

export const ZUserListQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).optional(),
  role: ZRole.optional(),
  active: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type UserListQuery = z.infer<typeof ZUserListQuery>;
export const ZUserPage = zPage(ZUser);
