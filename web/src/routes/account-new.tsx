import { useQuery } from '@tanstack/react-query';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '../api/accounts.ts';
import { meQuery } from '../api/session.ts';
import { BackLink } from '../components/back-link.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useRecordCreate } from '../components/use-record-create.ts';
import { AccountForm } from '../features/know/accounts/account-form.tsx';
import {
  emptyAccountValues,
  toFormErrors,
  valuesToPayload,
} from '../features/know/accounts/account-form-values.ts';
import { useAccountForm } from '../features/know/accounts/use-account-form.ts';
import { useAccountWritten } from '../features/know/accounts/use-account-mutations.ts';
import { appRoute } from './app.tsx';

export const accountNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/accounts/new',
  component: AccountNewPage,
});

function AccountNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const written = useAccountWritten();
  const { data: me } = useQuery(meQuery);
  // Whoever creates an account usually looks after it; they can pick someone else.
  const form = useAccountForm({
    ...emptyAccountValues(),
    owner: me ? { value: me.user.id, label: me.user.name } : null,
  });
  const create = useRecordCreate({
    form,
    toPayload: valuesToPayload,
    create: accountsApi.create,
    toFormErrors,
    onCreated: (account) => {
      written(account);
      return navigate({ to: '/accounts/$accountId', params: { accountId: account.id } });
    },
  });
  return (
    <>
      <PageHeader back={<BackLink to="/accounts">{t('nav.accounts')}</BackLink>} title={t('accounts.new')} />
      <AccountForm
        form={form}
        onSubmit={create.submit}
        submitting={create.submitting}
        error={create.error}
        submitLabel={t('accounts.create')}
        onCancel={() => void navigate({ to: '/accounts' })}
      />
    </>
  );
}
