import { z } from 'zod';
import { ZId, zLine } from './common.ts';

export const ZMaterialParams = z.object({ id: ZId, materialId: ZId });

export const ZLinkCreate = z
  .object({
    title: zLine(200),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .describe('An http or https address.'),
  })
  .strict();
export type LinkCreate = z.infer<typeof ZLinkCreate>;

export const ZFileQuery = z.object({
  fileName: zLine(255).optional().describe("The file's name; required for a file upload."),
  title: zLine(200).optional().describe('Default: the file name.'),
});
