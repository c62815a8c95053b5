import { Box, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closesReportingLoop } from '#contracts/buying-centre.ts';
import type { Member } from '../../../api/relationship-types.ts';
import { MemberBadges } from './member-badges.tsx';
import { type OrgNode, orgTree, reportsToMap } from './org-tree.ts';

interface OrgChartProps {
  members: Member[];
  onOpen: (member: Member) => void;
  /** Drag a person onto their manager (or to the top); without it the chart is read-only. */
  onMove?: (member: Member, reportsToContactId: string | null) => void;
}

const TOP = '__top__';

/**
 * The customer's org chart as an indented tree, which stays readable on a phone. Whoever may edit
 * drags a person onto their manager; the form in the drawer does the same without a mouse.
 */
export function OrgChart({ members, onOpen, onMove }: OrgChartProps) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState<Member | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const reportsTo = reportsToMap(members);
  const accepts = (targetId: string) =>
    dragging !== null &&
    (targetId === TOP || !closesReportingLoop(reportsTo, dragging.contact.id, targetId)) &&
    (targetId === TOP ? dragging.reportsToContactId !== null : dragging.reportsToContactId !== targetId);

  const dropHandlers = (targetId: string) =>
    onMove
      ? {
          onDragOver: (event: DragEvent) => {
            if (!accepts(targetId)) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'move';
            setOver(targetId);
          },
          onDragLeave: () => setOver((current) => (current === targetId ? null : current)),
          onDrop: (event: DragEvent) => {
            event.preventDefault();
            if (dragging && accepts(targetId)) onMove(dragging, targetId === TOP ? null : targetId);
            setDragging(null);
            setOver(null);
          },
        }
      : {};

  const node = ({ member, reports }: OrgNode) => (
    <Box component="li" key={member.contact.id} style={{ listStyle: 'none' }}>
      <Paper
        withBorder
        radius="md"
        p="xs"
        mb={6}
        draggable={Boolean(onMove)}
        onDragStart={(event: DragEvent) => {
          event.dataTransfer.setData('text/plain', member.contact.id);
          event.dataTransfer.effectAllowed = 'move';
          setDragging(member);
        }}
        onDragEnd={() => {
          setDragging(null);
          setOver(null);
        }}
        {...dropHandlers(member.contact.id)}
        data-testid="org-node"
        data-contact={member.contact.name}
        style={{
          cursor: onMove ? 'grab' : undefined,
          opacity: member.leftCompanyOn ? 0.6 : 1,
          borderColor: over === member.contact.id ? 'var(--mantine-color-blue-5)' : undefined,
          background: over === member.contact.id ? 'var(--mantine-color-blue-0)' : undefined,
        }}
      >
        <UnstyledButton onClick={() => onOpen(member)} style={{ display: 'block', width: '100%' }}>
          <Text size="sm" fw={600}>
            {member.contact.name}
          </Text>
          {member.contact.jobTitle || member.contact.department ? (
            <Text size="xs" c="dimmed">
              {[member.contact.jobTitle, member.contact.department].filter(Boolean).join(' · ')}
            </Text>
          ) : null}
        </UnstyledButton>
        <Box mt={4}>
          <MemberBadges member={member} />
        </Box>
      </Paper>
      {reports.length > 0 ? (
        <Box
          component="ul"
          m={0}
          pl="md"
          ml="xs"
          style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}
          aria-label={t('buyingCentre.reportsOf', { name: member.contact.name })}
        >
          {reports.map(node)}
        </Box>
      ) : null}
    </Box>
  );

  return (
    <Stack gap="xs">
      {onMove && members.length > 1 ? (
        <Paper
          withBorder
          radius="md"
          p="xs"
          ta="center"
          data-testid="org-top"
          {...dropHandlers(TOP)}
          style={{
            borderStyle: 'dashed',
            background: over === TOP ? 'var(--mantine-color-blue-0)' : undefined,
          }}
        >
          <Text size="xs" c="dimmed">
            {t('buyingCentre.dropTop')}
          </Text>
        </Paper>
      ) : null}
      <Box component="ul" m={0} p={0} aria-label={t('buyingCentre.orgChart')}>
        {orgTree(members).map(node)}
      </Box>
      {onMove ? (
        <Text size="xs" c="dimmed">
          {t('buyingCentre.dragHint')}
        </Text>
      ) : null}
    </Stack>
  );
}
