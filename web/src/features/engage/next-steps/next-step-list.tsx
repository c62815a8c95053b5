import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NextStep } from '../../../api/relationship-types.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { PlainList, PlainListItem } from '../../../components/plain-list.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useCan } from '../../platform/auth/use-permissions.ts';
import { OverdueBadge } from '../relationships/overdue-badge.tsx';
import { useStepStatus } from './use-step-status.ts';

interface NextStepListProps {
  label: string;
  steps: NextStep[];
  /** Off on the account's own page. */
  showAccount?: boolean;
}

/** Next steps with their owner and due day; overdue ones in red; ticked off in place. */
export function NextStepList({ label, steps, showAccount = true }: NextStepListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const can = useCan();
  const status = useStepStatus();
  return (
    <Stack gap="xs">
      <ProblemAlert error={status.error} />
      <PlainList label={label}>
        {steps.map((step) => {
          const pending = status.isPending && status.variables?.step.id === step.id;
          // While the change is on its way, the box already shows what was asked for.
          const done = pending ? status.variables?.status === 'done' : step.status === 'done';
          return (
            <PlainListItem key={step.id} testId="next-step">
              <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0, flex: '1 1 260px' }}>
                {can('next-steps:work') && step.status !== 'cancelled' ? (
                  <Checkbox
                    mt={2}
                    checked={done}
                    disabled={pending}
                    aria-label={t(done ? 'nextSteps.reopenNamed' : 'nextSteps.doneNamed', {
                      title: step.title,
                    })}
                    onChange={() => status.mutate({ step, status: done ? 'open' : 'done' })}
                  />
                ) : null}
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text
                    size="sm"
                    fw={600}
                    td={done ? 'line-through' : undefined}
                    c={done ? 'dimmed' : undefined}
                  >
                    {step.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {showAccount ? (
                      <>
                        <AnchorLink
                          to="/accounts/$accountId"
                          params={{ accountId: step.account.id }}
                          size="xs"
                          underline="always"
                        >
                          {step.account.name}
                        </AnchorLink>
                        {' · '}
                      </>
                    ) : null}
                    {step.owner.name}
                  </Text>
                  {step.notes ? (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      {step.notes}
                    </Text>
                  ) : null}
                </Stack>
              </Group>
              <Group gap="xs" wrap="nowrap">
                {step.overdue ? <OverdueBadge days={step.overdueDays} /> : null}
                <Text size="sm" c={step.overdue ? 'red' : undefined} fw={step.overdue ? 600 : undefined}>
                  {done && step.completedAt
                    ? t('nextSteps.doneOn', { date: format.date(step.completedAt) })
                    : step.status === 'cancelled'
                      ? t('nextSteps.cancelled')
                      : t('nextSteps.dueOn', { date: format.day(step.dueOn) })}
                </Text>
              </Group>
            </PlainListItem>
          );
        })}
      </PlainList>
    </Stack>
  );
}
