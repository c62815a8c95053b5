import { z } from 'zod';

export const ZCalendarFeed = z.object({
  url: z
    .string()
    .describe(
      'The private address of your calendar feed: anyone who has it sees your visits and next steps.',
    ),
});

/** Any text: a token of the wrong shape is just another wrong token (404), not a bad request. */
export const ZFeedParams = z.object({ token: z.string() });
