import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { accountQuery, accountsApi } from '../api/accounts.ts';
import { isApiError } from '../api/problem.ts';
import type { Account, AccountUpdate } from '../api/types.ts';
import { BackLink } from '../components/back-link.tsx';
import { ConflictDialog } from '../components/conflict-dialog.tsx';
import { focusFirstError, serverFieldErrors } from '../components/form-errors.ts';
import { PageHeader } from '../components/page-header.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { RouteError } from '../components/route-error.tsx';
import { ConflictNotice, generalError, useVersionedEdit } from '../components/use-versioned-edit.tsx';
import { AccountForm } from '../features/accounts/account-form.tsx';
import {
  type AccountFormValues,
  accountToValues,
  changedFields,
  toFormErrors,
  valuesToPayload,
} from '../features/accounts/account-form-values.ts';
import { useAccountForm } from '../features/accounts/use-account-form.ts';
import { useAccountWritten } from '../features/accounts/use-account-mutations.ts';
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
  const edit = useVersionedEdit({
    initial,
    form,
    toValues: accountToValues,
    fetchLatest: (id) => queryClient.fetchQuery({ ...accountQuery(id), staleTime: 0 }),
  });
  const { base } = edit;
  const toDetail = () => navigate({ to: '/accounts/$accountId', params: { accountId: base.id } });

  const save = useMutation({
    mutationFn: (body: AccountUpdate) => accountsApi.update(base.id, body),
    onSuccess: async (account) => {
      written(account);
      await toDetail();
    },
    onError: (error) =>
      edit.onSaveError(error, () => {
        form.setErrors(toFormErrors(serverFieldErrors(t, error)));
        focusFirstError();
      }),
  });

  const submit = (values: AccountFormValues) => {
    edit.setNotice(null);
    const changes = changedFields(valuesToPayload(values), valuesToPayload(accountToValues(base)));
    if (Object.keys(changes).length === 0) {
      void toDetail();
      return;
    }
    save.mutate({ version: base.version, ...changes } as AccountUpdate);
  };

  return (
    <>
      <PageHeader
        back={<BackLink to="/accounts">{t('nav.accounts')}</BackLink>}
        title={t('accounts.editTitle', { name: base.name })}
      />
      <AccountForm
        form={form}
        onSubmit={submit}
        submitting={save.isPending}
        error={generalError(save.error)}
        submitLabel={t('actions.save')}
        onCancel={() => void toDetail()}
        accountId={base.id}
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
