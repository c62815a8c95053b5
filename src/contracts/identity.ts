import type { Role } from '../core/permissions.ts';

/** Who made a change: the user in their workspace, and the API token if one was used. */
export interface Actor {
  workspaceId: string;
  userId: string;
  tokenId?: string | undefined;
}

/** Who is asking: resolved once per request from the session cookie or the bearer token. */
export interface Auth extends Actor {
  role: Role;
  name: string;
  email: string;
  locale: string;
  sessionId?: string | undefined;
  /** A token with scope `read` may only use safe methods (GET). */
  readOnly: boolean;
}
