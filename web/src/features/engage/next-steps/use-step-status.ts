import { useMutation } from '@tanstack/react-query';
import { nextStepsApi } from '../../../api/next-steps.ts';
import type { NextStep, NextStepStatus } from '../../../api/relationship-types.ts';
import { useRelationshipsWritten } from '../relationships/use-relationships-written.ts';

/** Marks a step done (or open again); a stale version reloads the lists, the user sees the latest. */
export function useStepStatus() {
  const written = useRelationshipsWritten();
  return useMutation({
    mutationFn: ({ step, status }: { step: NextStep; status: NextStepStatus }) =>
      nextStepsApi.update(step.id, { status, version: step.version }),
    onSettled: () => written(),
  });
}
