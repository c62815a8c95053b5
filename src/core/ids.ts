import { uuidv7 } from 'uuidv7';

/** Every id is a UUID v7: unique without coordination, and in creation order for indexes. */
export const newId = (): string => uuidv7();
