import type { ComboboxItem, OptionsFilter } from '@mantine/core';

/** "Süd", "Sued" and "sud" fold to the same text: pickers find entries without typing umlauts. */
export function foldText(text: string): string {
  return text
    .toLocaleLowerCase('de')
    .replaceAll('ß', 'ss')
    .replace(/([aou])e/g, '$1')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim();
}

/** A Mantine options filter that ignores case and umlauts (flat option lists only). */
export const foldedFilter: OptionsFilter = ({ options, search, limit }) => {
  const folded = foldText(search);
  return (options as ComboboxItem[])
    .filter((option) => foldText(option.label).includes(folded))
    .slice(0, limit);
};
