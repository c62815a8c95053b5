import { z } from 'zod';
import { ZId, zLine } from './common.ts';

export interface MaterialType {
  mediaType: string;
  /** Endings a file of this type may carry, lower case. */
  extensions: readonly string[];
  /** For messages. */
  label: string;
}

const OOXML = 'application/vnd.openxmlformats-officedocument';
const ODF = 'application/vnd.oasis.opendocument';

/** The files a visit material may be; the server tells them by content, the web app by name first. */
export const materialTypes = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  png: { mediaType: 'image/png', extensions: ['png'], label: 'PNG image' },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG image' },
  gif: { mediaType: 'image/gif', extensions: ['gif'], label: 'GIF image' },
  webp: { mediaType: 'image/webp', extensions: ['webp'], label: 'WebP image' },
  docx: { mediaType: `${OOXML}.wordprocessingml.document`, extensions: ['docx'], label: 'Word document' },
  xlsx: { mediaType: `${OOXML}.spreadsheetml.sheet`, extensions: ['xlsx'], label: 'Excel workbook' },
  pptx: {
    mediaType: `${OOXML}.presentationml.presentation`,
    extensions: ['pptx'],
    label: 'PowerPoint presentation',
  },
  odt: { mediaType: `${ODF}.text`, extensions: ['odt'], label: 'OpenDocument text' },
  ods: { mediaType: `${ODF}.spreadsheet`, extensions: ['ods'], label: 'OpenDocument spreadsheet' },
  odp: { mediaType: `${ODF}.presentation`, extensions: ['odp'], label: 'OpenDocument presentation' },
  csv: { mediaType: 'text/csv', extensions: ['csv', 'tsv'], label: 'CSV file' },
  text: { mediaType: 'text/plain', extensions: ['txt', 'text', 'md'], label: 'text file' },
} satisfies Record<string, MaterialType>;

export const ALLOWED_TYPES_TEXT =
  'PDF, images (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, OpenDocument, text and CSV';

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
