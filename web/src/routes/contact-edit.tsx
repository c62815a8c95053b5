import { useQueryClient } from '@tanstack/react-query';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { contactQuery, contactsApi } from '../api/contacts.ts';
import type { Contact, ContactUpdate } from '../api/types.ts';
import { BackLink } from '../components/back-link.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { RouteError } from '../components/route-error.tsx';
import { useRecordEditor } from '../components/use-record-editor.tsx';
import { ContactForm } from '../features/know/contacts/contact-form.tsx';
import {
  contactToValues,
  contactValuesToPayload,
  toContactFormErrors,
} from '../features/know/contacts/contact-form-values.ts';
import { contactName } from '../features/know/contacts/contact-name.ts';
import { useContactForm } from '../features/know/contacts/use-contact-form.ts';
import { useContactWritten } from '../features/know/contacts/use-contact-mutations.ts';
import { appRoute } from './app.tsx';

export const contactEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/contacts/$contactId/edit',
  loader: ({ context, params }) =>
    context.queryClient.fetchQuery({ ...contactQuery(params.contactId), staleTime: 0 }),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
  component: ContactEditPage,
});

function ContactEditPage() {
  const contact = contactEditRoute.useLoaderData();
  return <ContactEditor key={contact.id} initial={contact} />;
}

function ContactEditor({ initial }: { initial: Contact }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const written = useContactWritten();
  const form = useContactForm(contactToValues(initial));
  const toDetail = () => navigate({ to: '/contacts/$contactId', params: { contactId: initial.id } });
  const editor = useRecordEditor({
    initial,
    form,
    toValues: contactToValues,
    toPayload: contactValuesToPayload,
    toFormErrors: toContactFormErrors,
    fetchLatest: (id) => queryClient.fetchQuery({ ...contactQuery(id), staleTime: 0 }),
    update: (id, body) => contactsApi.update(id, body as ContactUpdate),
    onSaved: (contact) => {
      written(contact);
      return toDetail();
    },
    onUnchanged: toDetail,
  });

  return (
    <>
      <PageHeader
        back={<BackLink to="/contacts">{t('nav.contacts')}</BackLink>}
        title={t('contacts.editTitle', { name: contactName(editor.base) })}
      />
      <ContactForm
        form={form}
        onSubmit={editor.submit}
        submitting={editor.saving}
        error={editor.error}
        submitLabel={t('actions.save')}
        onCancel={() => void toDetail()}
        notice={editor.notice}
      />
      {editor.dialog}
    </>
  );
}
