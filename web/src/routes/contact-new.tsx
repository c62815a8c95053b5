import { createRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { accountQuery } from '../api/accounts.ts';
import { contactsApi } from '../api/contacts.ts';
import { BackLink } from '../components/back-link.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import type { Option } from '../components/remote-select.tsx';
import { useRecordCreate } from '../components/use-record-create.ts';
import { ContactForm } from '../features/know/contacts/contact-form.tsx';
import {
  contactValuesToPayload,
  emptyContactValues,
  toContactFormErrors,
} from '../features/know/contacts/contact-form-values.ts';
import { useContactForm } from '../features/know/contacts/use-contact-form.ts';
import { useContactWritten } from '../features/know/contacts/use-contact-mutations.ts';
import { appRoute } from './app.tsx';

interface ContactNewSearch {
  accountId?: string;
}

export const contactNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/contacts/new',
  validateSearch: (search: Record<string, unknown>): ContactNewSearch =>
    typeof search.accountId === 'string' && /^[0-9a-f-]{36}$/i.test(search.accountId)
      ? { accountId: search.accountId }
      : {},
  loaderDeps: ({ search }) => ({ accountId: search.accountId }),
  // "Add contact" on an account page: start with that account chosen.
  loader: async ({ context, deps }): Promise<Option[]> => {
    if (!deps.accountId) return [];
    try {
      const account = await context.queryClient.ensureQueryData(accountQuery(deps.accountId));
      return [{ value: account.id, label: account.name }];
    } catch {
      return [];
    }
  },
  pendingComponent: PageLoader,
  component: ContactNewPage,
});

function ContactNewPage() {
  const accounts = contactNewRoute.useLoaderData();
  return <ContactCreator key={accounts[0]?.value ?? 'none'} accounts={accounts} />;
}

function ContactCreator({ accounts }: { accounts: Option[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const written = useContactWritten();
  const form = useContactForm(emptyContactValues(accounts));
  const first = accounts[0];
  const create = useRecordCreate({
    form,
    toPayload: contactValuesToPayload,
    create: contactsApi.create,
    toFormErrors: toContactFormErrors,
    onCreated: (contact) => {
      written(contact);
      return navigate({ to: '/contacts/$contactId', params: { contactId: contact.id } });
    },
  });
  return (
    <>
      <PageHeader
        back={
          first ? (
            <BackLink to="/accounts">{t('nav.accounts')}</BackLink>
          ) : (
            <BackLink to="/contacts">{t('nav.contacts')}</BackLink>
          )
        }
        title={t('contacts.new')}
        subtitle={first ? t('contacts.newForAccount', { name: first.label }) : undefined}
      />
      <ContactForm
        form={form}
        onSubmit={create.submit}
        submitting={create.submitting}
        error={create.error}
        submitLabel={t('contacts.create')}
        onCancel={() =>
          void (first
            ? navigate({ to: '/accounts/$accountId', params: { accountId: first.value } })
            : navigate({ to: '/contacts' }))
        }
      />
    </>
  );
}
