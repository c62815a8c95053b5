import iconv from 'iconv-lite';
import type { EncodingReason, TextEncoding } from '#contracts/import-formats.ts';
import { chosenByUser } from './detected-format.ts';
import { ImportFileError } from './import-file-error.ts';

export type SniffedFile =
  | { kind: 'xlsx' }
  | {
      kind: 'csv';
      encoding: TextEncoding;
      /** Why this encoding, for the user. */
      encodingReason: EncodingReason;
      /** The sample decoded, BOM removed. The last line may be cut when the sample is partial. */
      text: string;
    };

export interface SniffOptions {
  /** Only for messages: the kind is decided by the content, never by the name. */
  fileName?: string;
  /** The head is the whole file (else its last line may be cut). */
  complete: boolean;
  /** The user's choice, which skips the encoding detection. */
  encoding?: TextEncoding;
}

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const emptyZipSignature = [0x50, 0x4b, 0x05, 0x06];
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const binarySignatures = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x4d, 0x5a], // Windows program
  [0x7f, 0x45, 0x4c, 0x46], // ELF program
];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function named(fileName: string | undefined): string {
  return fileName ? `“${fileName}”` : 'The file';
}

/**
 * Control characters other than tab, line feed, form feed and carriage return: text files have
 * next to none, binary files are full of them (and of NUL, which alone is proof).
 */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control++;
  }
  return control > Math.max(2, bytes.length / 100);
}

function isUtf8(bytes: Uint8Array, complete: boolean): boolean {
  try {
    // `stream` accepts a sequence cut at the end of a partial sample.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

function highByteShare(bytes: Uint8Array): number {
  let high = 0;
  for (const byte of bytes) if (byte >= 0x80) high++;
  return high / Math.max(1, bytes.length);
}

/**
 * What the first bytes of an upload are: an XLSX workbook (a ZIP, whatever the name says) or
 * text in some encoding; everything else is refused here with a code the user can act on.
 */
export function sniffFile(head: Uint8Array, options: SniffOptions): SniffedFile {
  const name = named(options.fileName);
  if (head.length === 0) throw new ImportFileError('empty_file', `${name} is empty`);
  if (startsWith(head, zipSignature)) return { kind: 'xlsx' };
  if (startsWith(head, emptyZipSignature)) {
    throw new ImportFileError('invalid_xlsx', `${name} is an empty ZIP archive, not an Excel workbook`);
  }
  if (startsWith(head, oleSignature)) {
    throw new ImportFileError(
      'xls_not_supported',
      `${name} is an old Excel workbook (.xls) or a password-protected one: save it as .xlsx without a password, or as CSV`,
    );
  }
  let encoding: TextEncoding;
  let encodingReason: EncodingReason;
  let bytes = head;
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    // Excel's "Unicode text" export: UTF-16 with a byte-order mark (its NUL bytes are text).
    encoding = head[0] === 0xff ? 'utf-16le' : 'utf-16be';
    encodingReason = {
      code: 'byte_order_mark',
      text: `The file starts with a ${encoding.toUpperCase()} byte-order mark`,
    };
    if (!options.complete && bytes.length % 2 === 1) bytes = bytes.subarray(0, bytes.length - 1);
  } else {
    if (binarySignatures.some((signature) => startsWith(head, signature)) || looksBinary(head)) {
      throw new ImportFileError(
        'binary_file',
        `${name} is not a text file (CSV) nor an Excel workbook (XLSX)`,
      );
    }
    if (startsWith(head, [0xef, 0xbb, 0xbf])) {
      encoding = 'utf-8';
      encodingReason = { code: 'byte_order_mark', text: 'The file starts with a UTF-8 byte-order mark' };
    } else if (isUtf8(head, options.complete)) {
      encoding = 'utf-8';
      encodingReason = { code: 'valid_utf8', text: 'The sample is valid UTF-8' };
    } else {
      // Windows-1252 accepts every byte, so a file made mostly of high bytes is no text at all.
      if (highByteShare(head) > 0.3) {
        throw new ImportFileError(
          'binary_file',
          `${name} is not a text file (CSV) nor an Excel workbook (XLSX)`,
        );
      }
      encoding = 'windows-1252';
      encodingReason = {
        code: 'not_utf8',
        text: 'The sample is not valid UTF-8, so it is read as Windows-1252 (German Excel and ERP exports)',
      };
    }
  }
  if (options.encoding && options.encoding !== encoding) {
    encoding = options.encoding;
    encodingReason = chosenByUser;
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  if (/^[\s;,\t"]*$/.test(text)) throw new ImportFileError('empty_file', `${name} holds no data`);
  if (/^\s*<(!doctype html|html|table|\?xml)/i.test(text)) {
    throw new ImportFileError(
      'unsupported_format',
      `${name} is an HTML or XML page, not a table: open it in Excel and save it as .xlsx or CSV`,
    );
  }
  return { kind: 'csv', encoding, encodingReason, text };
}
