import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types.ts';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { isLastAdminRefusal } from './last-admin.ts';
import { useUserChange } from './use-user-change.ts';

/** Deactivate (signs the person out everywhere, revokes their tokens) or reactivate a colleague. */
export function UserAccessCard({ user, isMe }: { user: User; isMe: boolean }) {
  const { t } = useTranslation();
  const change = useUserChange(user);
  const lastAdmin = isLastAdminRefusal(change.error);
  return (
    <SectionCard title={t('users.access')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          {user.active
            ? t('users.activeText', { name: user.name })
            : t('users.inactiveText', { name: user.name })}
        </Text>
        {lastAdmin ? (
          <Alert color="orange" variant="light" role="alert">
            {t('fieldCodes.last_admin')}
          </Alert>
        ) : null}
        {isMe ? (
          <Text size="sm" c="dimmed">
            {t('users.cannotDeactivateSelf')}
          </Text>
        ) : user.active ? (
          <ConfirmAction
            label={t('users.deactivate')}
            title={t('users.deactivateTitle', { name: user.name })}
            message={t('users.deactivateMessage', { name: user.name })}
            loading={change.isPending}
            error={lastAdmin ? null : change.error}
            onConfirm={() => change.mutateAsync({ active: false })}
          />
        ) : (
          <>
            <ProblemAlert error={change.error} />
            <Button
              variant="default"
              loading={change.isPending}
              onClick={() => change.mutate({ active: true })}
            >
              {t('users.reactivate')}
            </Button>
          </>
        )}
      </Stack>
    </SectionCard>
  );
}
