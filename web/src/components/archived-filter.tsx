import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Archived = 'true' | 'all' | undefined;

/** Active | Archived | All; "active" is the default and stays out of the URL. */
export function ArchivedFilter({
  value,
  onChange,
}: {
  value: Archived;
  onChange: (value: Archived) => void;
}) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('accounts.archivedFilter')}
      value={value ?? 'false'}
      onChange={(next) => onChange(next === 'false' ? undefined : (next as Archived))}
      data={[
        { value: 'false', label: t('accounts.archivedActive') },
        { value: 'true', label: t('accounts.archivedOnly') },
        { value: 'all', label: t('common.all') },
      ]}
    />
  );
}
