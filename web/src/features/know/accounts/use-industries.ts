import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { industriesQuery } from '../../../api/industries.ts';

/** Industries with labels in the UI language. */
export function useIndustries() {
  const { i18n } = useTranslation();
  const { data = [] } = useQuery(industriesQuery);
  const label = (key: string | null | undefined): string | null => {
    if (!key) return null;
    const industry = data.find((entry) => entry.key === key);
    if (!industry) return key;
    return i18n.language === 'en' ? industry.labelEn : industry.labelDe;
  };
  const options = (current?: string | null) =>
    data
      .filter((industry) => !industry.archived || industry.key === current)
      .map((industry) => ({ value: industry.key, label: label(industry.key) ?? industry.key }));
  return { label, options };
}
