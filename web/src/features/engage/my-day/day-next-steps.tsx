import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyDay } from '../../../api/relationship-types.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { NextStepList } from '../next-steps/next-step-list.tsx';

const groups = ['overdue', 'dueToday', 'dueThisWeek'] as const;

/** The next steps of the day: overdue first, then today's, then the rest of the week. */
export function DayNextSteps({ steps }: { steps: MyDay['nextSteps'] }) {
  const { t } = useTranslation();
  const empty = groups.every((group) => steps[group].length === 0);
  return (
    <SectionCard
      title={t('myDay.nextSteps')}
      actions={
        <AnchorLink to="/next-steps" size="sm">
          {t('myDay.allNextSteps')}
        </AnchorLink>
      }
    >
      {empty ? (
        <Text size="sm" c="dimmed">
          {t('myDay.noNextSteps')}
        </Text>
      ) : (
        <Stack gap="md">
          {groups
            .filter((group) => steps[group].length > 0)
            .map((group) => (
              <Stack key={group} gap={4} data-testid={`steps-${group}`}>
                <Text size="xs" fw={700} tt="uppercase" c={group === 'overdue' ? 'red' : 'dimmed'}>
                  {t(`myDay.steps.${group}`, { count: steps[group].length })}
                </Text>
                <NextStepList
                  label={t(`myDay.steps.${group}`, { count: steps[group].length })}
                  steps={steps[group]}
                />
              </Stack>
            ))}
        </Stack>
      )}
    </SectionCard>
  );
}
