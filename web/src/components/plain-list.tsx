import { Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** A list without bullets whose entries are separated by a line (contacts on an account, sessions). */
export function PlainList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
      {children}
    </Stack>
  );
}

export function PlainListItem({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Group
      component="li"
      justify="space-between"
      wrap="wrap"
      gap="xs"
      py="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      data-testid={testId}
    >
      {children}
    </Group>
  );
}
