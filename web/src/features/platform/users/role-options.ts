import type { TFunction } from 'i18next';
import { roles } from '#contracts/users.ts';

export function roleOptions(t: TFunction) {
  return roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

const teams = ['marketing', 'productDevelopment', 'customerService', 'logistics', 'technology'] as const;

/** Suggestions for an internal user's team; any other name is fine too. */
export function teamSuggestions(t: TFunction) {
  return teams.map((team) => t(`users.teams.${team}`));
}
