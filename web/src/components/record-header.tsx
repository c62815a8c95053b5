import { Alert, Box } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ArchiveButton } from './archive-button.tsx';
import { ArchivedBadge } from './archived-badge.tsx';
import { PageHeader } from './page-header.tsx';
import { ProblemAlert } from './problem-alert.tsx';

interface RecordHeaderProps {
  back: ReactNode;
  title: string;
  subtitle?: string;
  badges?: ReactNode;
  archived: boolean;
  /** Shown above the record while it is archived. */
  archivedNotice: string;
  /** The edit link, when the user may edit (hidden while archived). */
  edit: ReactNode;
  /** Archive and restore, when the user may. */
  archive: UseMutationResult<unknown, Error, 'archive' | 'restore'> | null;
}

/** The head of an archivable record's page: title, badges, edit and archive actions, archive state. */
export function RecordHeader({
  back,
  title,
  subtitle,
  badges,
  archived,
  archivedNotice,
  edit,
  archive,
}: RecordHeaderProps) {
  return (
    <>
      <PageHeader
        back={back}
        title={title}
        badges={
          <>
            {badges}
            {archived ? <ArchivedBadge /> : null}
          </>
        }
        subtitle={subtitle}
        actions={
          <>
            {archived ? null : edit}
            {archive ? <ArchiveButton archived={archived} name={title} mutation={archive} /> : null}
          </>
        }
      />
      {archived ? (
        <Alert color="gray" variant="light" mb="md">
          {archivedNotice}
        </Alert>
      ) : null}
      {archive?.error && archived ? (
        <Box mb="md">
          <ProblemAlert error={archive.error} />
        </Box>
      ) : null}
    </>
  );
}
