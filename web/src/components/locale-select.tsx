import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The UI languages, each named in itself. */
export function LocaleSelect(props: Omit<SelectProps, 'data' | 'label'>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('language.label')}
      data={[
        { value: 'de', label: 'Deutsch' },
        { value: 'en', label: 'English' },
      ]}
      allowDeselect={false}
      {...props}
    />
  );
}
