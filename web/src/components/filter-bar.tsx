import { Group, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

/** The framed row of search and filters above a list. */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="sm" mb="md">
      <Group gap="xs" wrap="wrap">
        {children}
      </Group>
    </Paper>
  );
}
