import { Table, type TableProps, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { keyboardScrollable } from './keyboard-scrollable.ts';

interface Column {
  label: string;
  width?: number;
  /** Numbers line up on the right. */
  align?: 'right';
}

interface SimpleTableProps extends Omit<TableProps, 'children'> {
  label: string;
  columns: (string | Column)[];
  /** A last column of row buttons, named for screen readers only. */
  withActions?: boolean;
  /** Below this width the table scrolls sideways instead of squeezing. */
  minWidth: number;
  /** The rows (Table.Tr). */
  children: ReactNode;
}

/** A short list as a plain table (settings lists); long lists use the virtual table. */
export function SimpleTable({ label, columns, withActions, minWidth, children, ...props }: SimpleTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={minWidth} scrollAreaProps={{ viewportProps: keyboardScrollable(label) }}>
      <Table verticalSpacing="sm" {...props} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => {
              const { label: text, width, align } = typeof column === 'string' ? { label: column } : column;
              return (
                <Table.Th key={text} w={width} ta={align}>
                  {text}
                </Table.Th>
              );
            })}
            {withActions ? (
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
