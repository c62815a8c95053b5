import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportFormat, RevenueImport } from '../../../api/imports.ts';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { ColumnMappingCard } from './column-mapping.tsx';
import { FormatSettings } from './format-settings.tsx';
import { FileErrorAlert } from './import-status.tsx';
import { PreviewTable } from './preview-table.tsx';
import { useImportSetup } from './use-import-setup.ts';

interface ImportSetupProps {
  imp: RevenueImport & { format: ImportFormat };
  /** Back to the report of the last check, when there is one. */
  onCancel?: () => void;
}

/** Step 2: the detected settings with their reasons, the column mapping, the preview; then check. */
export function ImportSetup({ imp, onCancel }: ImportSetupProps) {
  const { t } = useTranslation();
  const setup = useImportSetup(imp);
  const format = imp.format;
  return (
    <Stack gap="md">
      {imp.status === 'rejected' && imp.report?.fileError ? (
        <FileErrorAlert error={imp.report.fileError} />
      ) : null}
      {imp.status === 'failed' ? (
        <Alert color="red" variant="light" title={t('imports.failedTitle')} role="alert">
          {t('imports.failed')}
        </Alert>
      ) : null}
      <FormatSettings format={format} setup={setup} />
      <ColumnMappingCard setup={setup} sample={imp.preview?.[0]} />
      <PreviewTable
        headers={format.headers}
        rows={imp.preview ?? []}
        mapping={setup.mapping}
        headerRowNumber={format.settings.headerRowNumber}
      />
      <ProblemAlert error={setup.error} />
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm" c="dimmed" maw={560}>
          {t('imports.checkHint')}
        </Text>
        <Group gap="sm">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('actions.cancel')}
            </Button>
          ) : null}
          <Button onClick={setup.submit} loading={setup.checking} disabled={setup.rereading} size="md">
            {t('imports.check')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
