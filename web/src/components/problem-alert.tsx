import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemText } from './problem-text.ts';

interface ProblemAlertProps {
  error: unknown;
  title?: string;
}

/** Shows a failed request in the user's language. */
export function ProblemAlert({ error, title }: ProblemAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={title ?? t('problems.title')} role="alert">
      {problemText(t, error)}
    </Alert>
  );
}
