import { Alert, Center, Loader, Modal, Select, SimpleGrid, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ZDecisionRequest } from '#contracts/key-accounts.ts';
import { accountQuery } from '../../../api/accounts.ts';
import { kamWorkloadQuery, portfolioApi } from '../../../api/portfolio.ts';
import { isApiError } from '../../../api/problem.ts';
import type { Account, DecisionKind, DecisionRequest } from '../../../api/types.ts';
import { DayInput } from '../../../components/day-input.tsx';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { validateWith } from '../../../components/form-errors.ts';
import { type Option, RemoteSelect } from '../../../components/remote-select.tsx';
import { today } from '../../../i18n/days.ts';
import { tierOptions } from '../../know/accounts/account-options.ts';
import { useAccountWritten } from '../../know/accounts/use-account-mutations.ts';
import { accountManagerOptions, keyAccountManagerOptions } from './owner-options.ts';

interface DecisionValues {
  tier: string | null;
  owner: Option | null;
  reason: string;
  effectiveOn: string | null;
}

export interface DecisionDialogProps {
  opened: boolean;
  onClose: () => void;
  kind: DecisionKind;
  accountId: string;
  accountName: string;
}

/**
 * A head of sales decides about a key account: designate it (tier, KAM), change tier or KAM, or
 * hand it to an account manager; always with a reason and the day it takes effect.
 */
export function DecisionDialog(props: DecisionDialogProps) {
  const { t } = useTranslation();
  // The decision goes with the version the user sees now.
  const { data: account, error } = useQuery({ ...accountQuery(props.accountId), staleTime: 0 });
  if (!account) {
    return (
      <Modal
        opened={props.opened}
        onClose={props.onClose}
        title={t(`keyAccounts.dialog.${props.kind}`, { name: props.accountName })}
        centered
        size="lg"
      >
        {error ? (
          <Alert color="red" variant="light">
            {t('problems.unknown')}
          </Alert>
        ) : (
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
      </Modal>
    );
  }
  return <DecisionForm {...props} account={account} />;
}

function toPayload(kind: DecisionKind, values: DecisionValues, version: number): DecisionRequest {
  return {
    version,
    kind,
    tier: kind !== 'hand_to_account_manager' && values.tier ? Number(values.tier) : undefined,
    ownerId: values.owner?.value,
    reason: values.reason.trim(),
    effectiveOn: values.effectiveOn ?? undefined,
  };
}

function DecisionForm({ opened, onClose, kind, account }: DecisionDialogProps & { account: Account }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const written = useAccountWritten();
  const handOver = kind === 'hand_to_account_manager';
  const form = useForm<DecisionValues>({
    initialValues: {
      tier: kind === 'change' && account.keyAccountTier ? String(account.keyAccountTier) : null,
      owner:
        kind === 'change' && account.owner ? { value: account.owner.id, label: account.owner.name } : null,
      reason: '',
      effectiveOn: today(),
    },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (kind === 'designate' && !values.tier) errors.tier = t('validation.tierRequired');
      if (!values.owner && kind !== 'change')
        errors.owner = handOver ? t('keyAccounts.dialog.amRequired') : t('keyAccounts.dialog.kamRequired');
      const checked = validateWith(t, ZDecisionRequest, toPayload(kind, values, account.version)) ?? {};
      if (checked.reason) errors.reason = checked.reason;
      return errors;
    },
  });
  const ownerSource = useMemo(
    () => (handOver ? accountManagerOptions : keyAccountManagerOptions(t)),
    [handOver, t],
  );
  const owner = form.getValues().owner;

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t(`keyAccounts.dialog.${kind}`, { name: account.name })}
      form={form}
      submitLabel={t(`keyAccounts.dialog.submit.${kind}`)}
      toFormErrors={({ ownerId, kind: kindError, ...errors }) => ({
        ...errors,
        ...(ownerId ? { owner: ownerId } : {}),
        ...(kindError ? { form: kindError } : {}),
      })}
      submit={async (values) => {
        try {
          const saved = await portfolioApi.decide(account.id, toPayload(kind, values, account.version));
          written(saved);
          await queryClient.invalidateQueries({ queryKey: ['portfolio'] });
          return saved;
        } catch (failure) {
          // Someone else changed the account meanwhile: load it, the user decides again.
          if (isApiError(failure, 'version_conflict'))
            await queryClient.invalidateQueries({ queryKey: accountQuery(account.id).queryKey });
          throw failure;
        }
      }}
    >
      <Text size="sm" c="dimmed">
        {t(`keyAccounts.dialog.intro.${kind}`)}
      </Text>
      {form.errors.form ? (
        <Alert color="red" variant="light" role="alert">
          {form.errors.form}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: handOver ? 1 : 2 }}>
        {handOver ? null : (
          <Select
            label={t('fields.keyAccountTier')}
            description={t('keyAccounts.dialog.tierHint')}
            data={tierOptions(t)}
            required={kind === 'designate'}
            allowDeselect={false}
            {...form.getInputProps('tier')}
          />
        )}
        <div>
          <RemoteSelect
            label={handOver ? t('keyAccounts.dialog.am') : t('keyAccounts.dialog.kam')}
            description={handOver ? t('keyAccounts.dialog.amHint') : t('keyAccounts.dialog.kamHint')}
            required={kind !== 'change'}
            {...ownerSource}
            value={owner?.value ?? null}
            selected={owner}
            onChange={(option) => form.setFieldValue('owner', option)}
            error={form.errors.owner}
          />
          {handOver ? null : (
            <WorkloadHint
              ownerId={owner?.value}
              adds={kind === 'designate' || owner?.value !== account.owner?.id}
            />
          )}
        </div>
      </SimpleGrid>
      <Textarea
        label={t('keyAccounts.dialog.reason')}
        description={t('keyAccounts.dialog.reasonHint')}
        required
        autosize
        minRows={3}
        maxRows={8}
        data-autofocus
        {...form.getInputProps('reason')}
      />
      <EffectiveDate
        value={form.getValues().effectiveOn}
        onChange={(value) => form.setFieldValue('effectiveOn', value)}
      />
    </FormDialog>
  );
}

function EffectiveDate({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <DayInput
      label={t('keyAccounts.dialog.effectiveOn')}
      description={t('keyAccounts.dialog.effectiveOnHint')}
      value={value}
      onChange={onChange}
      clearable
      maw={220}
    />
  );
}

/** How many key accounts the chosen KAM already has, against the workspace's limit. */
function WorkloadHint({ ownerId, adds }: { ownerId: string | undefined; adds: boolean }) {
  const { t } = useTranslation();
  const { data } = useQuery(kamWorkloadQuery);
  if (!ownerId || !data) return null;
  const current = data.items.find((item) => item.user.id === ownerId)?.keyAccounts ?? 0;
  const exceeds = adds && current + 1 > data.limit;
  const above = !adds && current > data.limit;
  const key = exceeds ? 'overLimit' : above ? 'aboveLimit' : 'workload';
  return (
    <Text
      size="xs"
      mt={6}
      c={exceeds || above ? 'orange' : 'dimmed'}
      role={exceeds || above ? 'status' : undefined}
      data-testid="workload-hint"
    >
      {t(`keyAccounts.dialog.${key}`, { count: current, limit: data.limit })}
    </Text>
  );
}
