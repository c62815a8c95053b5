/**
 * What an uploaded material really is, read from its bytes: the name and the Content-Type the
 * browser sends are claims, so a program renamed "Angebot.pdf" is caught here. Only document
 * and image types a customer meeting needs are accepted, and the file name must fit the content.
 */

import { ALLOWED_TYPES_TEXT, type MaterialType, materialTypes as types } from '#contracts/visit-materials.ts';

export type Detection = { type: MaterialType } | { refusal: string };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** Programs, refused with a clear name for what they are. */
const programs: { signature: readonly number[]; name: string; unlessText?: true }[] = [
  { signature: [0x7f, 0x45, 0x4c, 0x46], name: 'a Linux program (ELF)' },
  // "MZ" alone may well start a text; a Windows program is full of bytes no text has.
  { signature: [0x4d, 0x5a], name: 'a Windows program (EXE/DLL)', unlessText: true },
  { signature: [0xfe, 0xed, 0xfa, 0xce], name: 'a macOS program (Mach-O)' },
  { signature: [0xfe, 0xed, 0xfa, 0xcf], name: 'a macOS program (Mach-O)' },
  { signature: [0xce, 0xfa, 0xed, 0xfe], name: 'a macOS program (Mach-O)' },
  { signature: [0xcf, 0xfa, 0xed, 0xfe], name: 'a macOS program (Mach-O)' },
  { signature: [0xca, 0xfe, 0xba, 0xbe], name: 'a macOS or Java program' },
  { signature: ascii('#!'), name: 'a script' },
];

// ---------- ZIP containers: Office Open XML and OpenDocument are told apart by what they hold ----------

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeader: number;
}

/** The entries of a ZIP's central directory; undefined for anything that is not a readable ZIP. */
function zipEntries(zip: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocdSignature = 0x06054b50;
  // The end record sits in the last 22 bytes, after at most a 64 KiB comment.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === eocdSignature) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > zip.length) return undefined;
    entries.push({
      name: decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The content of a stored (uncompressed) entry, as OpenDocument keeps its `mimetype`. */
function storedContent(zip: Uint8Array, entry: ZipEntry): string | undefined {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = entry.localHeader;
  if (entry.method !== 0 || at + 30 > zip.length || view.getUint32(at, true) !== 0x04034b50) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > zip.length) return undefined;
  return new TextDecoder().decode(zip.subarray(start, start + entry.compressedSize));
}

const officeParts: [string, MaterialType][] = [
  ['word/document.xml', types.docx],
  ['xl/workbook.xml', types.xlsx],
  ['ppt/presentation.xml', types.pptx],
];
const openDocuments = [types.odt, types.ods, types.odp];

function detectZip(zip: Uint8Array): Detection {
  const entries = zipEntries(zip);
  if (!entries) return { refusal: 'is a damaged or unreadable ZIP archive' };
  const names = new Set(entries.map((entry) => entry.name));
  if (entries.some((entry) => /(^|\/)vbaProject\.bin$/i.test(entry.name)))
    return { refusal: 'contains macros; save it without macros (.docx, .xlsx, .pptx)' };
  if (names.has('[Content_Types].xml')) {
    const office = officeParts.find(([part]) => names.has(part));
    if (office) return { type: office[1] };
  }
  const mimetype = entries.find((entry) => entry.name === 'mimetype');
  const declared = mimetype ? storedContent(zip, mimetype)?.trim() : undefined;
  const openDocument = openDocuments.find((type) => type.mediaType === declared);
  if (openDocument) return { type: openDocument };
  return { refusal: 'is a ZIP archive, not an Office or OpenDocument file' };
}

// ---------- text ----------

function isText(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control++;
  }
  return control <= bytes.length / 1000;
}

/** The type of the content alone, whatever the file is called. */
export function detectMaterialType(content: Uint8Array): Detection {
  if (content.length === 0) return { refusal: 'is empty' };
  const text = isText(content);
  const program = programs.find((p) => startsWith(content, p.signature) && !(p.unlessText && text));
  if (program) return { refusal: `is ${program.name}, not a document` };
  if (startsWith(content, ascii('%PDF-'))) return { type: types.pdf };
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { type: types.png };
  if (startsWith(content, [0xff, 0xd8, 0xff])) return { type: types.jpeg };
  if (startsWith(content, ascii('GIF87a')) || startsWith(content, ascii('GIF89a')))
    return { type: types.gif };
  if (startsWith(content, ascii('RIFF')) && startsWith(content, ascii('WEBP'), 8))
    return { type: types.webp };
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04])) return detectZip(content);
  if (text) return { type: types.text };
  return { refusal: `is of a type that cannot be attached (allowed: ${ALLOWED_TYPES_TEXT})` };
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/**
 * The content's type if the file name fits it; else why not, as a sentence about the file. Text
 * is named .csv or .txt, and is CSV or plain text accordingly.
 */
export function materialTypeOf(content: Uint8Array, fileName: string): Detection {
  const detected = detectMaterialType(content);
  if ('refusal' in detected) return { refusal: `“${fileName}” ${detected.refusal}` };
  const extension = extensionOf(fileName);
  const type =
    detected.type === types.text && types.csv.extensions.includes(extension) ? types.csv : detected.type;
  if (type.extensions.includes(extension)) return { type };
  const shown = extension ? `.${extension}` : 'no ending';
  return {
    refusal: `“${fileName}” is a ${type.label}, but its name has ${shown}; a ${type.label} is named .${type.extensions.join(' or .')}`,
  };
}
