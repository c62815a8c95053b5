import { Badge, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, PreviewRow, RevenueField } from '../../../api/imports.ts';
import { keyboardScrollable } from '../../../components/keyboard-scrollable.ts';
import { SectionCard } from '../../../components/section-card.tsx';

interface PreviewTableProps {
  headers: string[];
  rows: PreviewRow[];
  mapping: ColumnMapping;
  headerRowNumber: number;
}

/** The first rows as the file shows them; mapped columns are marked with their field. */
export function PreviewTable({ headers, rows, mapping, headerRowNumber }: PreviewTableProps) {
  const { t } = useTranslation();
  const fieldOf = new Map<string, RevenueField>();
  for (const [field, header] of Object.entries(mapping) as [RevenueField, string][])
    fieldOf.set(header, field);
  const width = Math.max(headers.length, ...rows.map((row) => row.cells.length));
  const columns = Array.from({ length: width }, (_, index) => headers[index]?.trim() ?? '');
  return (
    <SectionCard
      title={t('imports.preview.title')}
      description={t('imports.preview.description', { count: rows.length, row: headerRowNumber })}
    >
      <ScrollArea.Autosize
        mah={440}
        type="auto"
        offsetScrollbars
        viewportProps={keyboardScrollable(t('imports.preview.title'))}
      >
        <Table
          striped
          withTableBorder
          withColumnBorders
          stickyHeader
          fz="xs"
          verticalSpacing={6}
          aria-label={t('imports.preview.title')}
          style={{ whiteSpace: 'nowrap' }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t('imports.preview.row')}</Table.Th>
              {columns.map((header, index) => {
                const field = fieldOf.get(header);
                return (
                  <Table.Th
                    // Headers may repeat or be empty; their position is what identifies them.
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per file.
                    key={index}
                    bg={field ? 'blue.0' : undefined}
                  >
                    <Stack gap={2}>
                      <Text size="xs" fw={700}>
                        {header || '–'}
                      </Text>
                      {field ? (
                        <Badge size="xs" variant="light" radius="sm" tt="none">
                          {t(`imports.fields.${field}`)}
                        </Badge>
                      ) : (
                        <Text size="xs" c="dimmed">
                          {t('imports.preview.ignored')}
                        </Text>
                      )}
                    </Stack>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.rowNumber}>
                <Table.Td c="dimmed">{row.rowNumber}</Table.Td>
                {columns.map((header, index) => (
                  <Table.Td
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional.
                    key={index}
                    bg={fieldOf.has(header) ? 'blue.0' : undefined}
                    maw={260}
                    style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}
                  >
                    {row.cells[index] ?? ''}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </SectionCard>
  );
}
