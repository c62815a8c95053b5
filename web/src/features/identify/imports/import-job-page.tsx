import { Box } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { importQuery } from '../../../api/imports.ts';
import { BackLink } from '../../../components/back-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { ImportJob } from './import-job.tsx';
import { ImportStatusBadge } from './import-status.tsx';

/** One import, found again by its id in the URL: the work goes on while nobody looks. */
export function ImportJobPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { importId } = useParams({ from: '/app/import/$importId' });
  const { data: imp } = useSuspenseQuery(importQuery(importId));
  return (
    <>
      <PageHeader
        back={<BackLink to="/import">{t('imports.title')}</BackLink>}
        title={imp.fileName}
        badges={<ImportStatusBadge status={imp.status} />}
        subtitle={t('imports.uploadedAt', {
          date: format.dateTime(imp.createdAt),
          size: format.fileSize(imp.fileSize),
        })}
      />
      <Box maw={1280}>
        <ImportJob imp={imp} />
      </Box>
    </>
  );
}
