import type { TFunction } from 'i18next';
import {
  type Channel,
  channels,
  type InteractionKind,
  interactionKinds,
  sentiments,
} from '../../../api/relationship-types.ts';

export function kindOptions(t: TFunction) {
  return interactionKinds.map((value) => ({ value, label: t(`interactions.kinds.${value}`) }));
}

export function channelOptions(t: TFunction) {
  return channels.map((value) => ({ value, label: t(`interactions.channels.${value}`) }));
}

export function sentimentOptions(t: TFunction) {
  return sentiments.map((value) => ({ value, label: t(`interactions.sentiments.${value}`) }));
}

/** The channel the server assumes for a kind, so the form shows what will be stored. */
export function defaultChannel(kind: InteractionKind): Channel {
  if (kind === 'call') return 'phone';
  if (kind === 'email') return 'email';
  return 'in_person';
}

export const sentimentColors = { positive: 'teal', neutral: 'gray', negative: 'red' } as const;
