import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './page-header.tsx';

interface SettingsPageProps {
  title: string;
  subtitle: string;
  actions?: ReactNode;
  /** How wide the content may grow. */
  width?: number;
  children: ReactNode;
}

/** A settings section's page: "Einstellungen" above its title, content of a readable width. */
export function SettingsPage({ title, subtitle, actions, width = 880, children }: SettingsPageProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        back={
          <Text size="sm" c="dimmed">
            {t('nav.settings')}
          </Text>
        }
        title={title}
        subtitle={subtitle}
        actions={actions}
      />
      <Box maw={width}>{children}</Box>
    </>
  );
}
