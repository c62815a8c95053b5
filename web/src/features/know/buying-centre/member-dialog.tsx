import { Alert, Chip, Group, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closesReportingLoop } from '#contracts/buying-centre.ts';
import { buyingCentreApi, buyingCentreQuery } from '../../../api/buying-centre.ts';
import { isApiError } from '../../../api/problem.ts';
import {
  type Attitude,
  attitudes,
  type BuyingCentreRole,
  buyingCentreRoles,
  type Member,
} from '../../../api/relationship-types.ts';
import { DayInput } from '../../../components/day-input.tsx';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { userOptions } from '../../../components/option-sources.ts';
import { type Option, RemoteSelect } from '../../../components/remote-select.tsx';
import { SegmentedField } from '../../../components/segmented-field.tsx';
import { useRelationshipsWritten } from '../../engage/relationships/use-relationships-written.ts';
import { memberUpdate } from './member-update.ts';
import { reportsToMap } from './org-tree.ts';

interface Values {
  roles: BuyingCentreRole[];
  influence: string;
  attitude: Attitude | null;
  reportsToContactId: string | null;
  owner: Option | null;
  contactCadenceDays: number | string;
  leftCompanyOn: string | null;
}

const NONE = '–';

function toValues(member: Member): Values {
  return {
    roles: member.roles,
    influence: member.influence ? String(member.influence) : NONE,
    attitude: member.attitude,
    reportsToContactId: member.reportsToContactId,
    owner: member.relationshipOwner
      ? { value: member.relationshipOwner.id, label: member.relationshipOwner.name }
      : null,
    contactCadenceDays: member.contactCadenceDays ?? '',
    leftCompanyOn: member.leftCompanyOn,
  };
}

interface MemberDialogProps {
  accountId: string;
  member: Member;
  members: Member[];
  onClose: () => void;
}

/** One person's place in the buying centre: roles, influence, attitude, manager, our owner, cadence. */
export function MemberDialog({ accountId, member, members, onClose }: MemberDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const written = useRelationshipsWritten();
  const [base, setBase] = useState(member);
  const [changedMeanwhile, setChangedMeanwhile] = useState(false);
  const form = useForm<Values>({ initialValues: toValues(member) });
  const values = form.getValues();
  const reportsTo = reportsToMap(members);
  const managers = members
    .filter((other) => !closesReportingLoop(reportsTo, member.contact.id, other.contact.id))
    .map((other) => ({ value: other.contact.id, label: other.contact.name }));

  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('buyingCentre.editTitle', { name: member.contact.name })}
      form={form}
      submitLabel={t('actions.save')}
      toFormErrors={({ relationshipOwnerId, ...errors }) => ({
        ...errors,
        ...(relationshipOwnerId ? { owner: relationshipOwnerId } : {}),
      })}
      submit={async (submitted) => {
        try {
          const saved = await buyingCentreApi.update(
            accountId,
            member.contact.id,
            memberUpdate(base, {
              roles: submitted.roles,
              influence: submitted.influence === NONE ? null : Number(submitted.influence),
              attitude: submitted.attitude,
              reportsToContactId: submitted.reportsToContactId,
              relationshipOwnerId: submitted.owner?.value ?? null,
              contactCadenceDays:
                submitted.contactCadenceDays === '' ? null : Number(submitted.contactCadenceDays),
              leftCompanyOn: submitted.leftCompanyOn,
            }),
          );
          await written();
          return saved;
        } catch (failure) {
          // Someone else saved this person meanwhile: the user's entries stay and go on top of theirs.
          if (isApiError(failure, 'version_conflict')) {
            const latest = await queryClient.fetchQuery({ ...buyingCentreQuery(accountId), staleTime: 0 });
            const now = latest.members.find((other) => other.contact.id === member.contact.id);
            if (now) setBase(now);
            setChangedMeanwhile(true);
          }
          throw failure;
        }
      }}
    >
      {changedMeanwhile ? (
        <Alert color="orange" variant="light" role="alert">
          {t('buyingCentre.changedMeanwhile')}
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed">
        {[member.contact.jobTitle, member.contact.department].filter(Boolean).join(' · ') || '\u00a0'}
      </Text>
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('buyingCentre.rolesLabel')}
        </Text>
        <Chip.Group
          multiple
          value={values.roles}
          onChange={(roles) => form.setFieldValue('roles', roles as BuyingCentreRole[])}
        >
          <Group gap={6} role="group" aria-label={t('buyingCentre.rolesLabel')}>
            {buyingCentreRoles.map((role) => (
              <Chip key={role} value={role} size="xs">
                {t(`buyingCentre.roles.${role}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SegmentedField
          label={t('buyingCentre.influence')}
          data={[NONE, '1', '2', '3', '4', '5']}
          {...form.getInputProps('influence')}
        />
        <Select
          label={t('buyingCentre.attitude')}
          data={attitudes.map((value) => ({ value, label: t(`buyingCentre.attitudes.${value}`) }))}
          clearable
          {...form.getInputProps('attitude')}
        />
        <Select
          label={t('buyingCentre.reportsTo')}
          description={t('buyingCentre.reportsToHint')}
          data={managers}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          {...form.getInputProps('reportsToContactId')}
        />
        <RemoteSelect
          label={t('buyingCentre.owner')}
          description={t('buyingCentre.ownerHint')}
          {...userOptions}
          value={values.owner?.value ?? null}
          selected={values.owner}
          onChange={(owner) => form.setFieldValue('owner', owner)}
          error={form.errors.owner}
        />
        <NumberInput
          label={t('buyingCentre.cadence')}
          description={
            member.contactCadenceDays === null && member.freshness.cadenceDays
              ? t('buyingCentre.cadenceInherited', { count: member.freshness.cadenceDays })
              : t('buyingCentre.cadenceHint')
          }
          min={1}
          max={365}
          allowDecimal={false}
          suffix={` ${t('buyingCentre.days')}`}
          {...form.getInputProps('contactCadenceDays')}
        />
        <DayInput
          label={t('buyingCentre.leftCompanyOn')}
          description={t('buyingCentre.leftCompanyHint')}
          clearable
          value={values.leftCompanyOn}
          onChange={(day) => form.setFieldValue('leftCompanyOn', day)}
          error={form.errors.leftCompanyOn}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
