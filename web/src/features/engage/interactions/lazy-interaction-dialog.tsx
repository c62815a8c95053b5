import { lazy } from 'react';

/** The interaction form brings the date picker along: loaded when someone logs or corrects a contact. */
export const LazyInteractionDialog = lazy(() =>
  import('./interaction-dialog.tsx').then((module) => ({ default: module.InteractionDialog })),
);
