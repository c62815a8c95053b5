import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ExportFormat, exportUrl } from '../api/exports.ts';

interface ExportButtonsProps {
  path: Parameters<typeof exportUrl>[0];
  query: Record<string, string | number | boolean | undefined>;
  /** What is exported, for the buttons' accessible names ("ABC-Analyse als Excel herunterladen"). */
  what: string;
  size?: 'xs' | 'sm';
}

/** Downloads of a table as XLSX and CSV, with the same query and the UI language. */
export function ExportButtons({ path, query, what, size = 'sm' }: ExportButtonsProps) {
  const { t, i18n } = useTranslation();
  const formats: ExportFormat[] = ['xlsx', 'csv'];
  return (
    <Group gap="xs">
      {formats.map((format) => (
        <Button
          key={format}
          component="a"
          href={exportUrl(path, query, format, i18n.language)}
          download
          variant="default"
          size={size}
          aria-label={t(`export.${format}Named`, { what })}
        >
          {t(`export.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
