import '@mantine/dates/styles.css';
import 'dayjs/locale/de';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseTypedDay } from '../i18n/days.ts';

type DayInputProps = Omit<DateInputProps, 'value' | 'onChange' | 'locale' | 'valueFormat'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

/**
 * A business day (`YYYY-MM-DD`), typed or picked, shown the way the reader writes dates
 * (26.11.2026). Brings the date library along: forms that use it are loaded when first opened.
 */
export function DayInput({ value, onChange, ...props }: DayInputProps) {
  const { t, i18n } = useTranslation();
  return (
    <DateInput
      // The clear button (when `clearable`) has no name of its own.
      clearButtonProps={{ 'aria-label': t('common.clearDay') }}
      {...props}
      value={value}
      onChange={(next) => onChange(next ? String(next).slice(0, 10) : null)}
      locale={i18n.language === 'en' ? 'en' : 'de'}
      valueFormat={i18n.language === 'en' ? 'DD/MM/YYYY' : 'DD.MM.YYYY'}
      firstDayOfWeek={1}
      // The date library cannot read "27.11.2026" by itself.
      dateParser={parseTypedDay}
    />
  );
}
