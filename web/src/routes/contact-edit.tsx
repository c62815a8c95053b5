import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { contactQuery, contactsApi } from '../api/contacts.ts';
import { isApiError } from '../api/problem.ts';
import type { Contact, ContactUpdate } from '../api/types.ts';
import { BackLink } from '../components/back-link.tsx';
import { ConflictDialog } from '../components/conflict-dialog.tsx';
import { focusFirstError, serverFieldErrors } from '../components/form-errors.ts';
import { PageHeader } from '../components/page-header.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { RouteError } from '../components/route-error.tsx';
import { ConflictNotice, generalError, useVersionedEdit } from '../components/use-versioned-edit.tsx';
import { ContactForm } from '../features/contacts/contact-form.tsx';
import {
  type ContactFormValues,
  changedContactFields,
  contactToValues,
  contactValuesToPayload,
  toContactFormErrors,
} from '../features/contacts/contact-form-values.ts';
import { contactName } from '../features/contacts/contact-name.ts';
import { useContactForm } from '../features/contacts/use-contact-form.ts';
import { useContactWritten } from '../features/contacts/use-contact-mutations.ts';
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
  const edit = useVersionedEdit({
    initial,
    form,
    toValues: contactToValues,
    fetchLatest: (id) => queryClient.fetchQuery({ ...contactQuery(id), staleTime: 0 }),
  });
  const { base } = edit;
  const toDetail = () => navigate({ to: '/contacts/$contactId', params: { contactId: base.id } });

  const save = useMutation({
    mutationFn: (body: ContactUpdate) => contactsApi.update(base.id, body),
    onSuccess: async (contact) => {
      written(contact);
      await toDetail();
    },
    onError: (error) =>
      edit.onSaveError(error, () => {
        form.setErrors(toContactFormErrors(serverFieldErrors(t, error)));
        focusFirstError();
      }),
  });

  const submit = (values: ContactFormValues) => {
    edit.setNotice(null);
    const changes = changedContactFields(
      contactValuesToPayload(values),
      contactValuesToPayload(contactToValues(base)),
    );
    if (Object.keys(changes).length === 0) {
      void toDetail();
      return;
    }
    save.mutate({ version: base.version, ...changes } as ContactUpdate);
  };

  return (
    <>
      <PageHeader
        back={<BackLink to="/contacts">{t('nav.contacts')}</BackLink>}
        title={t('contacts.editTitle', { name: contactName(base) })}
      />
      <ContactForm
        form={form}
        onSubmit={submit}
        submitting={save.isPending}
        error={generalError(save.error)}
        submitLabel={t('actions.save')}
        onCancel={() => void toDetail()}
        notice={
          <ConflictNotice
            notice={edit.notice}
            unresolved={isApiError(save.error, 'version_conflict') && edit.notice === null}
            onClose={() => edit.setNotice(null)}
          />
        }
      />
      <ConflictDialog
        opened={edit.conflict}
        loading={edit.resolving}
        onClose={edit.closeConflict}
        onDiscardMine={() => void edit.resolve(false).then(() => save.reset())}
        onKeepMine={() => void edit.resolve(true).then(() => save.reset())}
      />
    </>
  );
}
