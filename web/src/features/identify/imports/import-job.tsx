import { Stack } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ImportFormat,
  isBusy,
  type RevenueImport,
  type ValidationReport,
} from '../../../api/imports.ts';
import { ButtonLink } from '../../../components/links.tsx';
import { CommitSummaryView } from './commit-summary.tsx';
import { ImportProgress } from './import-progress.tsx';
import { ImportSetup } from './import-setup.tsx';
import { FileErrorAlert } from './import-status.tsx';
import { ImportSteps } from './import-steps.tsx';
import { ValidationReportView } from './validation-report.tsx';

const hasFormat = (imp: RevenueImport): imp is RevenueImport & { format: ImportFormat } =>
  imp.format !== null;
const validationReport = (imp: RevenueImport) =>
  imp.report && typeof imp.report.acceptedRows === 'number' ? (imp.report as ValidationReport) : null;

/** One import through its steps; what is shown follows the status the server reports. */
export function ImportJob({ imp }: { imp: RevenueImport }) {
  const { t } = useTranslation();
  // After a check the user may go back to the mapping; the next change of the import (a new
  // check started) ends that.
  const [editingAt, setEditingAt] = useState<string | null>(null);
  const editing = editingAt === imp.updatedAt;
  const report = validationReport(imp);

  let step: number;
  let content: ReactNode;
  if (!hasFormat(imp)) {
    step = 0;
    content = (
      <Stack gap="md" align="flex-start">
        {imp.report?.fileError ? <FileErrorAlert error={imp.report.fileError} /> : null}
        <ButtonLink to="/import">{t('imports.uploadAnother')}</ButtonLink>
      </Stack>
    );
  } else if (isBusy(imp.status)) {
    step = imp.status === 'committing' ? 3 : 2;
    content = <ImportProgress imp={imp} />;
  } else if (imp.status === 'committed' && report?.commit) {
    step = 4;
    content = <CommitSummaryView report={report} summary={report.commit} />;
  } else if (imp.status === 'validated' && report && !editing) {
    step = 2;
    content = <ValidationReportView imp={imp} report={report} onEdit={() => setEditingAt(imp.updatedAt)} />;
  } else {
    step = 1;
    content = (
      <ImportSetup
        // A new check starts from what the server now holds.
        key={imp.updatedAt}
        imp={imp}
        onCancel={imp.status === 'validated' ? () => setEditingAt(null) : undefined}
      />
    );
  }

  return (
    <Stack gap="lg">
      <ImportSteps active={step} busy={isBusy(imp.status)} failed={step === 0} />
      {content}
    </Stack>
  );
}
