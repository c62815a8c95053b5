import { createRoute } from '@tanstack/react-router';
import { NextStepsPage, validateNextStepSearch } from '../features/engage/next-steps/next-steps-page.tsx';
import { appRoute } from './app.tsx';

/** Next steps for everyone who works on them, internal colleagues included. */
export const nextStepsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/next-steps',
  validateSearch: validateNextStepSearch,
  component: NextStepsPage,
});
