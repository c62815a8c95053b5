import '@mantine/dates/styles.css';
import 'dayjs/locale/de';
import { DatePickerInput } from '@mantine/dates';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDay } from '../../../i18n/days.ts';

type Range = [string | null, string | null];

interface PeriodPickerProps {
  /** The period the analysis shows (the server's answer, also for the default). */
  value: { from: string; to: string } | undefined;
  /** A chosen period; none: back to the default (the last twelve months). */
  onChange: (period: { from: string; to: string } | undefined) => void;
}

/** The twelve months up to today, as the server takes them by default. */
export function lastTwelveMonths(today = new Date()): [string, string] {
  const start = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1);
  return [isoDay(start), isoDay(today)];
}

function presets(t: (key: string) => string) {
  const today = new Date();
  const year = today.getFullYear();
  return [
    { value: lastTwelveMonths(today), label: t('portfolio.period.last12') },
    { value: [`${year}-01-01`, isoDay(today)] as Range, label: t('portfolio.period.thisYear') },
    { value: [`${year - 1}-01-01`, `${year - 1}-12-31`] as Range, label: t('portfolio.period.lastYear') },
    { value: [`${year - 2}-01-01`, `${year - 2}-12-31`] as Range, label: String(year - 2) },
  ];
}

/** A period (both days included) with presets; picking "last 12 months" clears it from the URL. */
export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const { t, i18n } = useTranslation();
  const [range, setRange] = useState<Range>(value ? [value.from, value.to] : [null, null]);

  // Follow the analysis (a new answer, the back button), unless a range is half picked.
  const from = value?.from ?? null;
  const to = value?.to ?? null;
  useEffect(() => {
    if (from && to) setRange([from, to]);
  }, [from, to]);

  return (
    <DatePickerInput
      type="range"
      label={t('portfolio.period.label')}
      value={range}
      onChange={(next) => {
        setRange(next);
        const [from, to] = next;
        if (!from || !to) return;
        const [defaultFrom, defaultTo] = lastTwelveMonths();
        onChange(from === defaultFrom && to === defaultTo ? undefined : { from, to });
      }}
      presets={presets(t)}
      locale={i18n.language === 'en' ? 'en' : 'de'}
      valueFormat={i18n.language === 'en' ? 'DD/MM/YYYY' : 'DD.MM.YYYY'}
      labelSeparator="–"
      firstDayOfWeek={1}
      allowSingleDateInRange
      maxDate={isoDay(new Date(new Date().getFullYear() + 1, 11, 31))}
      miw={250}
    />
  );
}
