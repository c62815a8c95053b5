import { Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RevenueImport } from '../../../api/imports.ts';
import { useFormat } from '../../../i18n/format.ts';

/** The check or the import at work in the background; the page may be left meanwhile. */
export function ImportProgress({ imp }: { imp: RevenueImport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const committing = imp.status === 'committing';
  // The check reads the file (progress in bytes); the commit is one statement in PostgreSQL.
  const share = committing ? 1 : imp.fileSize > 0 ? Math.min(1, imp.processedBytes / imp.fileSize) : 0;
  const title = committing ? t('imports.progress.committing') : t('imports.progress.validating');
  return (
    <Paper withBorder radius="md" p="lg" maw={720}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Progress
          value={share * 100}
          size="lg"
          radius="xl"
          striped
          animated
          aria-label={title}
          transitionDuration={300}
        />
        <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {committing
            ? t('imports.progress.saving', { count: imp.report?.acceptedRows ?? 0 })
            : t('imports.progress.done', {
                percent: format.percent(share, 0),
                processed: format.number(imp.processedBytes / 1024 / 1024, { maximumFractionDigits: 1 }),
                size: format.number(imp.fileSize / 1024 / 1024, { maximumFractionDigits: 1 }),
              })}
        </Text>
        <Text size="sm">{t('imports.progress.leave')}</Text>
      </Stack>
    </Paper>
  );
}
