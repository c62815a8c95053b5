import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface StatCardProps {
  label: string;
  value: ReactNode;
  /** A line below the value: what it means, or a comparison. */
  hint?: ReactNode;
  /** E.g. a badge beside the value. */
  aside?: ReactNode;
  /** A smaller value, for text such as a period. */
  compact?: boolean;
  testId?: string;
}

/** One key figure: a small label, the value large, a hint below. */
export function StatCard({ label, value, hint, aside, compact = false, testId }: StatCardProps) {
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={label} data-testid={testId}>
      <Stack gap={4}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
          {label}
        </Text>
        <Text
          component="div"
          fz={compact ? 17 : 22}
          fw={650}
          lh={1.25}
          style={{ fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}
        >
          {value}
          {aside ? <span style={{ marginLeft: 8, verticalAlign: 'middle' }}>{aside}</span> : null}
        </Text>
        {hint ? (
          <Text size="xs" c="dimmed" component="div">
            {hint}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** A row of stat cards that wraps on narrow screens. */
export function StatGrid({ children, cols = 4 }: { children: ReactNode; cols?: number }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: cols }} spacing="md">
      {children}
    </SimpleGrid>
  );
}
