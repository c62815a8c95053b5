import { Group, Text, ThemeIcon } from '@mantine/core';

export function BrandMark() {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={30} radius="md" variant="filled" aria-hidden>
        <svg viewBox="0 0 32 32" width="20" height="20" aria-hidden="true">
          <path
            d="M10 7v18M10 16l10-9M13.5 13.5 21 25"
            stroke="currentColor"
            strokeWidth="3.2"
            strokeLinecap="round"
            strokeLinejoin="round"
            fill="none"
          />
        </svg>
      </ThemeIcon>
      <Text fw={700} size="lg">
        Kontor
      </Text>
    </Group>
  );
}
