import { ActionIcon, Badge, Box, Button, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Industry } from '../../../api/types.ts';
import { ArchiveIndustry } from './archive-industry.tsx';

interface IndustryRowProps {
  industry: Industry;
  first: boolean;
  last: boolean;
  moving: boolean;
  onMove: (by: -1 | 1) => void;
  onRename: () => void;
}

export function IndustryRow({ industry, first, last, moving, onMove, onRename }: IndustryRowProps) {
  const { t } = useTranslation();
  const dimmed = industry.archived ? 'dimmed' : undefined;
  return (
    <Table.Tr data-testid="industry-row">
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <MoveButton
            label={t('industries.moveUp', { name: industry.labelDe })}
            hidden={first}
            disabled={moving}
            onClick={() => onMove(-1)}
          >
            ↑
          </MoveButton>
          <MoveButton
            label={t('industries.moveDown', { name: industry.labelDe })}
            hidden={last}
            disabled={moving}
            onClick={() => onMove(1)}
          >
            ↓
          </MoveButton>
        </Group>
      </Table.Td>
      <Table.Td fw={600} c={dimmed}>
        {industry.labelDe}
      </Table.Td>
      <Table.Td c={dimmed}>{industry.labelEn}</Table.Td>
      <Table.Td>
        {industry.archived ? (
          <Badge color="gray" variant="outline" radius="sm">
            {t('common.archived')}
          </Badge>
        ) : (
          <Badge color="green" variant="light" radius="sm">
            {t('users.active')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            variant="default"
            size="xs"
            aria-label={t('industries.renameNamed', { name: industry.labelDe })}
            onClick={onRename}
          >
            {t('industries.rename')}
          </Button>
          <ArchiveIndustry industry={industry} />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

interface MoveButtonProps {
  label: string;
  /** The first cannot move up, the last not down: the space stays so the columns line up. */
  hidden: boolean;
  disabled: boolean;
  onClick: () => void;
  children: string;
}

function MoveButton({ label, hidden, disabled, onClick, children }: MoveButtonProps) {
  if (hidden) return <Box w={28} aria-hidden />;
  return (
    <ActionIcon variant="subtle" color="gray" disabled={disabled} aria-label={label} onClick={onClick}>
      {children}
    </ActionIcon>
  );
}
