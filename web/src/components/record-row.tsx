import type { ReactNode } from 'react';
import { ArchivedBadge } from './archived-badge.tsx';
import classes from './data-table.module.css';
import { cx, type RowProps } from './virtual-table.tsx';

interface LinkedRowProps {
  row: RowProps;
  testId: string;
  onOpen: () => void;
  children: ReactNode;
}

/** A list row that opens its record. The name cell holds the keyboard-accessible link; a click
 * anywhere else on the row is a pointer shortcut. */
export function LinkedRow({ row, testId, onOpen, children }: LinkedRowProps) {
  return (
    <tr
      ref={row.ref}
      data-index={row['data-index']}
      className={row.className}
      style={row.style}
      data-testid={testId}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a')) return;
        onOpen();
      }}
    >
      {children}
    </tr>
  );
}

/** The first cell: the link to the record, an archived badge, and what phones show beside it. */
export function NameCell({
  link,
  archived,
  children,
}: {
  link: ReactNode;
  archived: boolean;
  children?: ReactNode;
}) {
  return (
    <td className={cx(classes.cell, classes.nameCell)}>
      {link}
      {archived ? (
        <span style={{ marginLeft: 8 }}>
          <ArchivedBadge />
        </span>
      ) : null}
      {children}
    </td>
  );
}
