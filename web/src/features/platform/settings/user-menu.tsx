import { Avatar, Group, Menu, Text, UnstyledButton, useMatches, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../../api/session.ts';
import { useLogout } from '../auth/use-logout.ts';
import { useChangeLanguage } from './use-change-language.ts';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

export function UserMenu() {
  const { t, i18n } = useTranslation();
  const { data: me } = useQuery(meQuery);
  const changeLanguage = useChangeLanguage();
  const logout = useLogout();
  const navigate = useNavigate();
  const wide = useMatches({ base: false, sm: true });
  if (!me) return null;
  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        {/* Named by the name it shows (a phone hides it from sight only), so voice control finds it. */}
        <UnstyledButton data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar color="blue" radius="xl" size={32} aria-hidden>
              {initials(me.user.name)}
            </Avatar>
            {wide ? (
              <Text size="sm" fw={500} maw={180} truncate>
                {me.user.name}
              </Text>
            ) : (
              <VisuallyHidden>{me.user.name}</VisuallyHidden>
            )}
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {me.user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {me.user.email}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`roles.${me.user.role}`)}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Label>{t('language.label')}</Menu.Label>
        <Menu.Item
          lang="de"
          onClick={() => void changeLanguage('de')}
          rightSection={i18n.language === 'de' ? '✓' : null}
          aria-current={i18n.language === 'de' ? 'true' : undefined}
        >
          Deutsch
        </Menu.Item>
        <Menu.Item
          lang="en"
          onClick={() => void changeLanguage('en')}
          rightSection={i18n.language === 'en' ? '✓' : null}
          aria-current={i18n.language === 'en' ? 'true' : undefined}
        >
          English
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => void navigate({ to: '/settings/profile' })}>
          {t('userMenu.settings')}
        </Menu.Item>
        <Menu.Item color="red" onClick={() => logout.mutate()}>
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
