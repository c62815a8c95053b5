import { z } from 'zod';
import { tokenScopes } from '../core/permissions.ts';
import { ZId, ZTimestamp } from './common.ts';
import { ZUser } from './users.ts';

export const ZLoginRequest = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export const ZUserResponse = z.object({ user: ZUser });

export const ZMe = z.object({
  user: ZUser,
  workspace: z.object({ id: ZId, name: z.string() }),
  permissions: z.array(z.string()).describe('What this session may do, e.g. accounts:write.'),
  limits: z
    .object({
      importMaxBytes: z
        .number()
        .int()
        .describe('The largest revenue file an import takes (KONTOR_IMPORT_MAX_MB).'),
      materialMaxBytes: z
        .number()
        .int()
        .describe('The largest file a visit material may be (KONTOR_MATERIAL_MAX_MB).'),
    })
    .describe('What the operator configured, so that the web app refuses a file before sending it.'),
});

export const ZSession = z.object({
  id: ZId,
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  createdAt: ZTimestamp,
  lastSeenAt: ZTimestamp,
  expiresAt: ZTimestamp,
  current: z.boolean(),
});

export const ZTokenCreate = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z
      .array(z.enum(tokenScopes))
      .min(1)
      .max(2)
      .describe('read: GET only; write: everything your role allows.'),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .strict();

export const ZToken = z.object({
  id: ZId,
  name: z.string(),
  scopes: z.array(z.string()),
  createdAt: ZTimestamp,
  lastUsedAt: ZTimestamp.nullable(),
  expiresAt: ZTimestamp.nullable(),
});
export const ZCreatedToken = ZToken.extend({
  token: z.string().describe('Shown once: send it as `Authorization: Bearer <token>`.'),
});
