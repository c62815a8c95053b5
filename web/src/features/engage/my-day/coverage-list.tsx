import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyDay } from '../../../api/relationship-types.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { PlainList, PlainListItem } from '../../../components/plain-list.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { KeyAccountBadge } from '../../know/accounts/account-badges.tsx';

/** Key accounts whose buying centre has gaps, each with what is missing. */
export function CoverageList({ items }: { items: MyDay['coverageWarnings'] }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('myDay.coverage')}>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('myDay.noCoverageWarnings')}
        </Text>
      ) : (
        <PlainList label={t('myDay.coverage')}>
          {items.map(({ account, warnings }) => (
            <PlainListItem key={account.id} testId="coverage-account">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <AnchorLink
                    to="/accounts/$accountId"
                    params={{ accountId: account.id }}
                    search={{ tab: 'buying-centre' }}
                    fw={600}
                    size="sm"
                  >
                    {account.name}
                  </AnchorLink>
                  <KeyAccountBadge tier={account.keyAccountTier} compact />
                </Group>
                <Text size="xs" c="orange">
                  {warnings.map((warning) => t(`buyingCentre.warningsShort.${warning.code}`)).join(' · ')}
                </Text>
              </Stack>
            </PlainListItem>
          ))}
        </PlainList>
      )}
    </SectionCard>
  );
}
