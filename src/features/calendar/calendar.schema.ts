import { z } from 'zod';

export const ZCalendarFeed = z.object({
  url: z
    .string()
    .describe(
      'The private address of your calendar feed: anyone who has it sees your visits and next steps.',
    ),
});

export const ZFeedParams = z.object({ token: z.string().max(200) });
