import { useQueryClient } from '@tanstack/react-query';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { accountQuery, accountsApi } from '../api/accounts.ts';
import type { Account, AccountUpdate } from '../api/types.ts';
import { BackLink } from '../components/back-link.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { RouteError } from '../components/route-error.tsx';
import { useRecordEditor } from '../components/use-record-editor.tsx';
import { AccountForm } from '../features/know/accounts/account-form.tsx';
import {
  accountToValues,
  toFormErrors,
  valuesToPayload,
} from '../features/know/accounts/account-form-values.ts';
import { useAccountForm } from '../features/know/accounts/use-account-form.ts';
import { useAccountWritten } from '../features/know/accounts/use-account-mutations.ts';
import { appRoute } from './app.tsx';

export const accountEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/accounts/$accountId/edit',
  // Edit the latest saved version, not a cached one.
  loader: ({ context, params }) =>
    context.queryClient.fetchQuery({ ...accountQuery(params.accountId), staleTime: 0 }),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
  component: AccountEditPage,
});

function AccountEditPage() {
  const account = accountEditRoute.useLoaderData();
  return <AccountEditor key={account.id} initial={account} />;
}

function AccountEditor({ initial }: { initial: Account }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const written = useAccountWritten();
  const form = useAccountForm(accountToValues(initial));
  const toDetail = () => navigate({ to: '/accounts/$accountId', params: { accountId: initial.id } });
  const editor = useRecordEditor({
    initial,
    form,
    toValues: accountToValues,
    toPayload: valuesToPayload,
    toFormErrors,
    fetchLatest: (id) => queryClient.fetchQuery({ ...accountQuery(id), staleTime: 0 }),
    update: (id, body) => accountsApi.update(id, body as AccountUpdate),
    onSaved: (account) => {
      written(account);
      return toDetail();
    },
    onUnchanged: toDetail,
  });

  return (
    <>
      <PageHeader
        back={<BackLink to="/accounts">{t('nav.accounts')}</BackLink>}
        title={t('accounts.editTitle', { name: editor.base.name })}
      />
      <AccountForm
        form={form}
        onSubmit={editor.submit}
        submitting={editor.saving}
        error={editor.error}
        submitLabel={t('actions.save')}
        onCancel={() => void toDetail()}
        accountId={initial.id}
        notice={editor.notice}
      />
      {editor.dialog}
    </>
  );
}
