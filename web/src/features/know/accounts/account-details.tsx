import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../api/types.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { Field, SectionCard } from '../../../components/section-card.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useIndustries } from './use-industries.ts';

/** Only http(s) links are rendered as links; anything else is shown as text. */
function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function AccountMasterData({ account }: { account: Account }) {
  const { t } = useTranslation();
  const format = useFormat();
  const industries = useIndustries();
  const href = account.website ? safeHref(account.website) : null;
  const address = [account.street, [account.postalCode, account.city].filter(Boolean).join(' ')]
    .filter((line) => line && line.trim() !== '')
    .map((line) => <div key={line}>{line}</div>);
  return (
    <SectionCard title={t('accounts.sectionMaster')}>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="lg" verticalSpacing="md">
        <Field label={t('fields.legalName')}>{account.legalName}</Field>
        <Field label={t('fields.customerNumber')}>{account.customerNumber}</Field>
        <Field label={t('fields.industry')}>{industries.label(account.industryKey)}</Field>
        <Field label={t('fields.customerType')}>
          {account.customerType ? t(`customerTypes.${account.customerType}`) : null}
        </Field>
        <Field label={t('fields.address')}>
          {address.length > 0 || account.countryCode ? (
            <>
              {address}
              {account.countryCode ? <div>{format.country(account.countryCode)}</div> : null}
            </>
          ) : null}
        </Field>
        <Field label={t('fields.region')}>{account.region}</Field>
        <Field label={t('fields.language')}>
          {account.language ? format.language(account.language) : null}
        </Field>
        <Field label={t('fields.website')}>
          {account.website ? (
            href ? (
              <Anchor href={href} target="_blank" rel="noopener noreferrer nofollow">
                {account.website}
              </Anchor>
            ) : (
              account.website
            )
          ) : null}
        </Field>
        <Field label={t('fields.parent')}>
          {account.parent ? (
            <AnchorLink to="/accounts/$accountId" params={{ accountId: account.parent.id }}>
              {account.parent.name}
            </AnchorLink>
          ) : null}
        </Field>
      </SimpleGrid>
    </SectionCard>
  );
}

export function AccountCare({ account }: { account: Account }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('accounts.sectionCare')}>
      <Stack gap="md">
        <Field label={t('fields.owner')}>{account.owner?.name}</Field>
        <Field label={t('fields.team')}>
          {account.team.length > 0 ? (
            <Stack gap={6} mt={2}>
              {account.team.map((member) => (
                <Group key={member.userId} gap="xs" wrap="nowrap">
                  <Text size="sm">{member.name}</Text>
                  {member.teamRole ? (
                    <Badge variant="light" color="gray" radius="sm" tt="none">
                      {member.teamRole}
                    </Badge>
                  ) : null}
                </Group>
              ))}
            </Stack>
          ) : null}
        </Field>
      </Stack>
    </SectionCard>
  );
}

export function AccountBusiness({ account }: { account: Account }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('accounts.sectionBusiness')}>
      <Stack gap="md">
        <Field label={t('fields.businessModel')}>
          {account.businessModel ? (
            <span style={{ whiteSpace: 'pre-wrap' }}>{account.businessModel}</span>
          ) : null}
        </Field>
        <Field label={t('fields.processes')}>
          {account.processes ? <span style={{ whiteSpace: 'pre-wrap' }}>{account.processes}</span> : null}
        </Field>
      </Stack>
    </SectionCard>
  );
}
