import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../../i18n/locale.ts';
import { useChangeLanguage } from './use-change-language.ts';

/** DE | EN switch for pages without the user menu (sign-in, onboarding). */
export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={(value) => {
        if (isLocale(value)) void changeLanguage(value);
      }}
      data={[
        { value: 'de', label: 'DE' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
