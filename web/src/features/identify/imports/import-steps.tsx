import { Box, Group, Loader, Text, ThemeIcon } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

const steps = ['upload', 'mapping', 'check', 'import'] as const;

interface ImportStepsProps {
  /** The step in progress (0–3); 4 when everything is done. */
  active: number;
  /** The active step is working in the background. */
  busy?: boolean;
  /** The active step failed (a refused file). */
  failed?: boolean;
}

/** Where the import stands: a list of the four steps, done ones ticked, the current one marked. */
export function ImportSteps({ active, busy = false, failed = false }: ImportStepsProps) {
  const { t } = useTranslation();
  return (
    <Group
      component="ol"
      gap="sm"
      wrap="nowrap"
      m={0}
      p={0}
      aria-label={t('imports.steps.label')}
      style={{ listStyle: 'none' }}
    >
      {steps.map((step, index) => {
        const done = index < active;
        const current = index === active;
        const color = current && failed ? 'red' : done || current ? 'blue' : 'gray';
        return (
          <Fragment key={step}>
            {index > 0 ? (
              <Box
                aria-hidden
                style={{
                  flex: '1 1 24px',
                  maxWidth: 120,
                  height: 2,
                  background: `var(--mantine-color-${done || current ? 'blue-4' : 'gray-3'})`,
                }}
              />
            ) : null}
            <Group component="li" gap={8} wrap="nowrap" aria-current={current ? 'step' : undefined}>
              <ThemeIcon
                radius="xl"
                size={28}
                color={color}
                variant={done ? 'filled' : current ? 'light' : 'default'}
              >
                {current && busy ? (
                  <Loader size={14} color="blue" />
                ) : done ? (
                  <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                    <path
                      d="M3 8.5 6.5 12 13 4.5"
                      fill="none"
                      stroke="currentColor"
                      strokeWidth="2"
                      strokeLinecap="round"
                      strokeLinejoin="round"
                    />
                  </svg>
                ) : (
                  <Text span size="sm" fw={700}>
                    {index + 1}
                  </Text>
                )}
              </ThemeIcon>
              <Text
                size="sm"
                fw={current ? 700 : 500}
                c={done || current ? undefined : 'dimmed'}
                style={{ whiteSpace: 'nowrap' }}
              >
                {t(`imports.steps.${step}`)}
              </Text>
            </Group>
          </Fragment>
        );
      })}
    </Group>
  );
}
