import { customType } from 'drizzle-orm/pg-core';

/** Binary content (uploaded files): PostgreSQL keeps every byte, so any app process can serve it. */
export const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
