import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OverdueItem } from '../../../api/relationship-types.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { PlainList, PlainListItem } from '../../../components/plain-list.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { KeyAccountBadge } from '../../know/accounts/account-badges.tsx';
import { LogContactMenu } from '../interactions/log-contact-menu.tsx';
import { OverdueBadge } from '../relationships/overdue-badge.tsx';

/** Who has not been contacted in time, the most important first; a contact is logged from the row. */
export function OverdueList({
  label,
  items,
  showKam,
}: {
  label: string;
  items: OverdueItem[];
  showKam: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <PlainList label={label}>
      {items.map((item) => {
        const who = item.contact?.name ?? t('cadence.wholeAccount');
        return (
          <PlainListItem key={`${item.account.id}-${item.contact?.id ?? 'account'}`} testId="overdue-contact">
            <Stack gap={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
              <Group gap="xs" wrap="wrap">
                {item.contact ? (
                  <AnchorLink
                    to="/contacts/$contactId"
                    params={{ contactId: item.contact.id }}
                    fw={600}
                    size="sm"
                  >
                    {item.contact.name}
                  </AnchorLink>
                ) : (
                  <Text size="sm" fw={600}>
                    {who}
                  </Text>
                )}
                <AnchorLink to="/accounts/$accountId" params={{ accountId: item.account.id }} size="sm">
                  {item.account.name}
                </AnchorLink>
                <KeyAccountBadge tier={item.account.keyAccountTier} compact />
              </Group>
              <Text size="xs" c="dimmed">
                {[
                  item.lastContactAt
                    ? t('buyingCentre.lastContact', { date: format.date(item.lastContactAt) })
                    : t('buyingCentre.neverContacted'),
                  item.dueOn ? t('buyingCentre.dueOn', { date: format.day(item.dueOn) }) : null,
                  item.cadenceDays ? t('buyingCentre.every', { count: item.cadenceDays }) : null,
                  showKam && item.kam ? t('cadence.kam', { name: item.kam.name }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Stack>
            <Group gap="xs" wrap="nowrap">
              <OverdueBadge days={item.overdueDays} />
              <LogContactMenu
                accounts={[item.account]}
                contact={item.contact ?? undefined}
                ariaLabel={t('interactions.logWith', { name: `${who} (${item.account.name})` })}
                buttonProps={{ size: 'xs', variant: 'default' }}
              />
            </Group>
          </PlainListItem>
        );
      })}
    </PlainList>
  );
}
