import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoverageWarning, Ref } from '../../../api/relationship-types.ts';

interface CoverageWarningsProps {
  warnings: CoverageWarning[];
  /** The people the warnings name (a champion who left). */
  people: Ref[];
  /** Gaps at a key account are a risk and stand out; elsewhere they are a quiet note. */
  prominent: boolean;
}

/** Where the relationship to an account is thin: no decision maker, one of us holds it all, … */
export function CoverageWarnings({ warnings, people, prominent }: CoverageWarningsProps) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  const names = (ids: string[]) =>
    ids
      .map((id) => people.find((person) => person.id === id)?.name)
      .filter(Boolean)
      .join(', ');
  const items = warnings.map((warning) => (
    <List.Item key={warning.code} data-testid={`coverage-${warning.code}`}>
      {t(`buyingCentre.warnings.${warning.code}`, { names: names(warning.contactIds) })}
    </List.Item>
  ));
  if (!prominent)
    return (
      <Text size="sm" c="dimmed" component="div">
        {t('buyingCentre.warningsQuiet')}
        <List size="sm" c="dimmed">
          {items}
        </List>
      </Text>
    );
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('buyingCentre.warningsTitle')}
      role="status"
      data-testid="coverage-warnings"
    >
      <List size="sm">{items}</List>
    </Alert>
  );
}
