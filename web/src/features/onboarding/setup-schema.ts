import { z } from 'zod';
import { ZPassword } from '../../../../src/features/users/users.schema.ts';
import { ZEmail, zLine } from '../../../../src/http/common.schema.ts';

/** Mirrors POST /api/v1/setup (the server has no exported contract for it). */
export const ZSetupForm = z.object({
  workspaceName: zLine(200),
  name: zLine(200),
  email: ZEmail,
  password: ZPassword,
});
