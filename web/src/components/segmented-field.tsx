import { SegmentedControl, type SegmentedControlProps, Stack, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import type { ReactNode } from 'react';

type SegmentedFieldProps = SegmentedControlProps & { label: string; error?: ReactNode };

/** A labelled choice of a few values side by side (a scale, a mood): a radio group for assistive tech. */
export function SegmentedField({ label, error, ...props }: SegmentedFieldProps) {
  const id = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={id} fullWidth {...props} />
      {error ? (
        <Text size="xs" c="red">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
