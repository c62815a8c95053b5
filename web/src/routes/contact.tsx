import { Stack } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { contactQuery } from '../api/contacts.ts';
import { BackLink } from '../components/back-link.tsx';
import { ButtonLink } from '../components/links.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { RecordHeader } from '../components/record-header.tsx';
import { RecordMeta } from '../components/record-meta.tsx';
import { RouteError } from '../components/route-error.tsx';
import { InteractionTimeline } from '../features/engage/interactions/interaction-timeline.tsx';
import { LogContactMenu } from '../features/engage/interactions/log-contact-menu.tsx';
import { ContactDetails } from '../features/know/contacts/contact-details.tsx';
import { contactName } from '../features/know/contacts/contact-name.ts';
import { useArchiveContact } from '../features/know/contacts/use-contact-mutations.ts';
import { useCan } from '../features/platform/auth/use-permissions.ts';
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
  const person = { id: contact.id, name: contactName(contact) };
  const logContact =
    contact.archivedAt === null ? <LogContactMenu accounts={contact.accounts} contact={person} /> : null;
  return (
    <>
      <RecordHeader
        back={<BackLink to="/contacts">{t('nav.contacts')}</BackLink>}
        title={contactName(contact)}
        subtitle={[contact.jobTitle, contact.accounts[0]?.name].filter(Boolean).join(' · ')}
        archived={contact.archivedAt !== null}
        archivedNotice={t('contacts.archivedNotice')}
        edit={
          <>
            {logContact}
            {can('contacts:write') ? (
              <ButtonLink to="/contacts/$contactId/edit" params={{ contactId }} variant="default">
                {t('actions.edit')}
              </ButtonLink>
            ) : null}
          </>
        }
        archive={can('contacts:archive') ? archive : null}
      />
      <Stack gap="md">
        <ContactDetails contact={contact} />
        {can('relationships:read') ? <InteractionTimeline scope={{ contactId: contact.id }} /> : null}
        <RecordMeta record={contact} />
      </Stack>
    </>
  );
}
