import { Alert, Box } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { contactQuery } from '../api/contacts.ts';
import { ArchiveButton } from '../components/archive-button.tsx';
import { BackLink } from '../components/back-link.tsx';
import { ButtonLink } from '../components/links.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { ProblemAlert } from '../components/problem-alert.tsx';
import { RouteError } from '../components/route-error.tsx';
import { ArchivedBadge } from '../features/accounts/account-badges.tsx';
import { useCan } from '../features/auth/use-permissions.ts';
import { ContactDetails } from '../features/contacts/contact-details.tsx';
import { contactName } from '../features/contacts/contact-name.ts';
import { useArchiveContact } from '../features/contacts/use-contact-mutations.ts';
import { appRoute } from './app.tsx';

export const contactRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/contacts/$contactId',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(contactQuery(params.contactId)),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
  component: ContactPage,
});

function ContactPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { contactId } = contactRoute.useParams();
  const { data: contact } = useSuspenseQuery(contactQuery(contactId));
  const archive = useArchiveContact(contact);
  const archived = contact.archivedAt !== null;
  const name = contactName(contact);
  return (
    <>
      <PageHeader
        back={<BackLink to="/contacts">{t('nav.contacts')}</BackLink>}
        title={name}
        badges={archived ? <ArchivedBadge /> : null}
        subtitle={[contact.jobTitle, contact.accounts[0]?.name].filter(Boolean).join(' · ')}
        actions={
          <>
            {can('contacts:write') && !archived ? (
              <ButtonLink to="/contacts/$contactId/edit" params={{ contactId }}>
                {t('actions.edit')}
              </ButtonLink>
            ) : null}
            {can('contacts:archive') ? (
              <ArchiveButton
                archived={archived}
                name={name}
                loading={archive.isPending}
                error={archive.error}
                onArchive={() => archive.mutateAsync('archive')}
                onRestore={() => archive.mutateAsync('restore')}
              />
            ) : null}
          </>
        }
      />
      {archived ? (
        <Alert color="gray" variant="light" mb="md">
          {t('contacts.archivedNotice')}
        </Alert>
      ) : null}
      {archive.error && archived ? (
        <Box mb="md">
          <ProblemAlert error={archive.error} />
        </Box>
      ) : null}
      <ContactDetails contact={contact} />
    </>
  );
}
