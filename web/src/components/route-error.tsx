import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.ts';
import { AnchorLink } from './links.tsx';
import { problemText } from './problem-text.ts';

interface RouteErrorProps {
  error: unknown;
  reset?: () => void;
}

/** The page shown when a page's data cannot be loaded. */
export function RouteError({ error, reset }: RouteErrorProps) {
  const { t } = useTranslation();
  // A malformed id in the URL (400) is, for the user, a page that does not exist.
  const notFound = isApiError(error, 'not_found') || isApiError(error, 'validation_failed');
  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start">
        <Title order={1} size="h2">
          {notFound ? t('notFound.title') : t('problems.title')}
        </Title>
        <Text role="alert">{notFound ? t('notFound.message') : problemText(t, error)}</Text>
        {!notFound && reset ? (
          <Button variant="default" onClick={reset}>
            {t('actions.retry')}
          </Button>
        ) : null}
        <AnchorLink to="/accounts">{t('notFound.toAccounts')}</AnchorLink>
      </Stack>
    </Container>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start">
        <Title order={1} size="h2">
          {t('notFound.title')}
        </Title>
        <Text>{t('notFound.pageMessage')}</Text>
        <AnchorLink to="/accounts">{t('notFound.toAccounts')}</AnchorLink>
      </Stack>
    </Container>
  );
}
