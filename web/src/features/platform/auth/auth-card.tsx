import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { BrandMark } from '../../../components/brand.tsx';
import { LanguageToggle } from '../settings/language-toggle.tsx';

interface AuthCardProps {
  title: string;
  subtitle?: string;
  children: ReactNode;
  width?: number;
}

/** The centred card used by the sign-in and onboarding pages. */
export function AuthCard({ title, subtitle, children, width = 420 }: AuthCardProps) {
  useEffect(() => {
    document.title = `${title} · Kontor`;
  }, [title]);
  return (
    <Box component="main" mih="100dvh" bg="gray.0" py="xl" px="md">
      <Center>
        <Stack w="100%" maw={width} gap="lg">
          <Group justify="space-between">
            <BrandMark />
            <LanguageToggle />
          </Group>
          <Paper withBorder shadow="sm" radius="md" p="xl">
            <Stack gap={4} mb="lg">
              <Title order={1} size="h3">
                {title}
              </Title>
              {subtitle ? (
                <Text c="dimmed" size="sm">
                  {subtitle}
                </Text>
              ) : null}
            </Stack>
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
