import { Group, NumberInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { percentSuffix } from '../../../components/description-below.ts';

interface ThresholdInputsProps {
  /** The thresholds in force (shares, 0.8 and 0.95). */
  a: number;
  b: number;
  onChange: (thresholds: { a: number; b: number }) => void;
}

const toPercent = (share: number) => Math.round(share * 1000) / 10;

/** The A and B limits in percent of the revenue; changes apply after a short pause. */
export function ThresholdInputs({ a, b, onChange }: ThresholdInputsProps) {
  const { t, i18n } = useTranslation();
  const decimalSeparator = i18n.language === 'en' ? '.' : ',';
  const [values, setValues] = useState({ a: toPercent(a), b: toPercent(b) });
  const invalid = !(values.a > 0 && values.a < values.b && values.b <= 100);
  const apply = useDebouncedCallback((next: { a: number; b: number }) => {
    if (next.a > 0 && next.a < next.b && next.b <= 100) onChange({ a: next.a / 100, b: next.b / 100 });
  }, 500);

  useEffect(() => {
    setValues({ a: toPercent(a), b: toPercent(b) });
  }, [a, b]);

  const set = (key: 'a' | 'b', value: string | number) => {
    if (typeof value !== 'number') return;
    const next = { ...values, [key]: value };
    setValues(next);
    apply(next);
  };

  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      {(['a', 'b'] as const).map((key) => (
        <NumberInput
          key={key}
          label={t(`portfolio.thresholds.${key}`)}
          value={values[key]}
          onChange={(value) => set(key, value)}
          min={key === 'a' ? 1 : 2}
          max={key === 'a' ? 99 : 100}
          step={5}
          decimalScale={1}
          decimalSeparator={decimalSeparator}
          suffix={percentSuffix(i18n.language)}
          w={110}
          error={key === 'a' && invalid ? t('portfolio.thresholds.order') : undefined}
        />
      ))}
    </Group>
  );
}
