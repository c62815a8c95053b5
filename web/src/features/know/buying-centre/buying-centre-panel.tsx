import { Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buyingCentreApi, buyingCentreQuery } from '../../../api/buying-centre.ts';
import type { Member } from '../../../api/relationship-types.ts';
import { AnchorLink, ButtonLink } from '../../../components/links.tsx';
import { ListState } from '../../../components/list-state.tsx';
import { PlainList, PlainListItem } from '../../../components/plain-list.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { LogContactMenu } from '../../engage/interactions/log-contact-menu.tsx';
import { useRelationshipsWritten } from '../../engage/relationships/use-relationships-written.ts';
import { useCan } from '../../platform/auth/use-permissions.ts';
import { CoverageWarnings } from './coverage-warnings.tsx';
import { FreshnessText } from './freshness-text.tsx';
import { MemberBadges } from './member-badges.tsx';
import { memberUpdate } from './member-update.ts';
import { OrgChart } from './org-chart.tsx';
import { PowerGrid } from './power-grid.tsx';

// The form brings the date picker along.
const MemberDialog = lazy(() =>
  import('./member-dialog.tsx').then((module) => ({ default: module.MemberDialog })),
);

/** The account's buying centre: coverage, org chart, power/attitude grid, and each person's freshness. */
export function BuyingCentrePanel({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const written = useRelationshipsWritten();
  const query = useQuery(buyingCentreQuery(accountId));
  const [editing, setEditing] = useState<Member | null>(null);
  const mayEdit = can('relationships:write');
  const move = useMutation({
    mutationFn: ({ member, reportsToContactId }: { member: Member; reportsToContactId: string | null }) =>
      buyingCentreApi.update(accountId, member.contact.id, memberUpdate(member, { reportsToContactId })),
    onSettled: () => written(),
  });
  const open = mayEdit ? setEditing : () => undefined;

  if (!query.data) return <ListState pending={query.isPending} error={query.error} height={240} />;
  const { account, members, warnings } = query.data;
  const people = members.map((member) => member.contact);

  if (members.length === 0)
    return (
      <SectionCard title={t('buyingCentre.title')}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm" c="dimmed">
            {t('buyingCentre.empty')}
          </Text>
          {can('contacts:write') ? (
            <ButtonLink to="/contacts/new" search={{ accountId }} variant="light" size="xs">
              {t('accounts.addContact')}
            </ButtonLink>
          ) : null}
        </Stack>
      </SectionCard>
    );

  return (
    <Stack gap="md">
      <CoverageWarnings warnings={warnings} people={people} prominent={account.isKeyAccount} />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <SectionCard title={t('buyingCentre.orgChart')} description={t('buyingCentre.orgChartHint')}>
            <Stack gap="xs">
              <ProblemAlert error={move.error} />
              <OrgChart
                members={members}
                onOpen={open}
                onMove={
                  mayEdit
                    ? (member, reportsToContactId) => move.mutate({ member, reportsToContactId })
                    : undefined
                }
              />
            </Stack>
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <SectionCard title={t('buyingCentre.powerGrid')} description={t('buyingCentre.powerGridHint')}>
            <PowerGrid members={members} onOpen={open} />
          </SectionCard>
        </Grid.Col>
      </Grid>
      <SectionCard title={t('buyingCentre.people')} description={t('buyingCentre.peopleHint')}>
        <PlainList label={t('buyingCentre.people')}>
          {members.map((member) => (
            <PlainListItem key={member.contact.id} testId="member">
              <Stack gap={4} style={{ minWidth: 0, flex: '1 1 300px' }}>
                <Group gap="xs" wrap="wrap">
                  <AnchorLink
                    to="/contacts/$contactId"
                    params={{ contactId: member.contact.id }}
                    fw={600}
                    size="sm"
                  >
                    {member.contact.name}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {member.contact.jobTitle}
                  </Text>
                </Group>
                <MemberBadges member={member} />
                <Text size="xs" c="dimmed">
                  {member.relationshipOwner
                    ? t('buyingCentre.ownedBy', { name: member.relationshipOwner.name })
                    : t('buyingCentre.noOwner')}
                </Text>
                <FreshnessText freshness={member.freshness} />
              </Stack>
              <Group gap="xs">
                <LogContactMenu
                  accounts={[account]}
                  contact={member.contact}
                  ariaLabel={t('interactions.logWith', { name: member.contact.name })}
                  buttonProps={{ size: 'xs', variant: 'default' }}
                />
                {mayEdit ? (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setEditing(member)}
                    aria-label={t('buyingCentre.editNamed', { name: member.contact.name })}
                  >
                    {t('actions.edit')}
                  </Button>
                ) : null}
              </Group>
            </PlainListItem>
          ))}
        </PlainList>
      </SectionCard>
      {editing ? (
        <Suspense fallback={null}>
          <MemberDialog
            key={`${editing.contact.id}-${editing.version}`}
            accountId={accountId}
            member={editing}
            members={members}
            onClose={() => setEditing(null)}
          />
        </Suspense>
      ) : null}
    </Stack>
  );
}
