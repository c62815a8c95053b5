/**
 * Folds text for search so that German spellings meet: "Müller", "Mueller" and "muller" fold
 * alike, as do "Straße" and "strasse". Umlauts are first spelled out (ä → ae), then every
 * spelled-out pair and ß/ss collapse to one letter, and other accents are dropped (é → e).
 * Both the stored text and the query are folded, so the collapse never needs to be undone.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/s{2,}/g, 's')
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
    .trim();
}

/** The folded search text of a record: its searchable fields, folded and joined. */
export function searchTextOf(fields: ReadonlyArray<string | null | undefined>): string {
  return fields
    .filter((field): field is string => Boolean(field))
    .map(foldForSearch)
    .join(' ');
}
