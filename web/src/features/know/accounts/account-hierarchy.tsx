import { Badge, Box, Group, Skeleton, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { accountHierarchyQuery } from '../../../api/accounts.ts';
import type { HierarchyNode } from '../../../api/types.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { SectionCard } from '../../../components/section-card.tsx';

/** The whole group the account belongs to, as a tree; the current account is highlighted. */
export function AccountHierarchy({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const query = useQuery(accountHierarchyQuery(accountId));
  return (
    <SectionCard title={t('accounts.hierarchy')}>
      {query.isPending ? <Skeleton h={60} /> : null}
      {query.isError ? <ProblemAlert error={query.error} /> : null}
      {query.data ? (
        query.data.root.children.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('accounts.hierarchyAlone')}
          </Text>
        ) : (
          <>
            <Box
              component="ul"
              aria-label={t('accounts.hierarchy')}
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
            >
              <TreeNode node={query.data.root} currentId={accountId} depth={0} />
            </Box>
            {query.data.truncated ? (
              <Text size="xs" c="dimmed" mt="sm">
                {t('accounts.hierarchyTruncated')}
              </Text>
            ) : null}
          </>
        )
      ) : null}
    </SectionCard>
  );
}

function TreeNode({ node, currentId, depth }: { node: HierarchyNode; currentId: string; depth: number }) {
  const { t } = useTranslation();
  const current = node.id === currentId;
  return (
    <Box
      component="li"
      aria-current={current ? 'page' : undefined}
      data-testid={current ? 'hierarchy-current' : undefined}
    >
      <Group
        gap={6}
        wrap="nowrap"
        py={4}
        px={8}
        style={{
          borderRadius: 'var(--mantine-radius-sm)',
          background: current ? 'var(--mantine-color-blue-0)' : undefined,
          borderLeft: current ? '3px solid var(--mantine-color-blue-6)' : '3px solid transparent',
        }}
      >
        {current ? (
          <Text size="sm" fw={700} style={{ overflowWrap: 'anywhere' }}>
            {node.name}
          </Text>
        ) : (
          <AnchorLink
            to="/accounts/$accountId"
            params={{ accountId: node.id }}
            size="sm"
            c={node.archived ? 'dimmed' : undefined}
            style={{ overflowWrap: 'anywhere' }}
          >
            {node.name}
          </AnchorLink>
        )}
        {node.customerNumber ? (
          <Text size="xs" c="dimmed">
            {node.customerNumber}
          </Text>
        ) : null}
        {node.isKeyAccount ? (
          <Badge size="xs" color="grape" variant="light">
            {t('accounts.keyAccountShort')}
          </Badge>
        ) : null}
        {node.archived ? (
          <Badge size="xs" color="gray" variant="outline">
            {t('common.archived')}
          </Badge>
        ) : null}
      </Group>
      {node.children.length > 0 ? (
        <Box
          component="ul"
          m={0}
          pl={depth === 0 ? 18 : 18}
          ml={10}
          style={{ listStyle: 'none', borderLeft: '1px solid var(--mantine-color-gray-3)' }}
        >
          {node.children.map((child) => (
            <TreeNode key={child.id} node={child} currentId={currentId} depth={depth + 1} />
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
