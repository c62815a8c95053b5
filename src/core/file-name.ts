/**
 * A file name as it may be stored and offered for download: no folder separators, no characters that
 * Windows, macOS or a shell treat specially, no control characters, bounded in length; the
 * ending is kept, because it says what the file is.
 */
export function safeFileName(name: string, fallback = 'file'): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[/\\]/g, '-')
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, '')
    .replace(/\s+/g, ' ')
    // A leading dot hides a file; trailing dots and spaces are dropped by Windows anyway.
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (cleaned === '') return fallback;
  const characters = [...cleaned];
  if (characters.length <= 200) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ending = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return characters.slice(0, 200 - ending.length).join('') + ending;
}

/**
 * A Content-Disposition value for a download (RFC 6266): the name in UTF-8 as `filename*`
 * (RFC 8187), and an ASCII stand-in as `filename` for the clients that do not read it.
 */
export function attachmentDisposition(fileName: string): string {
  const name = safeFileName(fileName);
  const fallback = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
