import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Industry } from '../../../api/types.ts';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { useIndustryChange } from './use-industry-change.ts';

/** Archive an industry (it stays on the accounts that have it) or restore it. */
export function ArchiveIndustry({ industry }: { industry: Industry }) {
  const { t } = useTranslation();
  const change = useIndustryChange();
  const update = (archived: boolean) =>
    change.mutateAsync([{ key: industry.key, update: { archived, version: industry.version } }]);
  if (industry.archived) {
    return (
      <Button
        variant="default"
        size="xs"
        loading={change.isPending}
        aria-label={t('industries.restoreNamed', { name: industry.labelDe })}
        onClick={() => void update(false).catch(() => undefined)}
      >
        {t('actions.restore')}
      </Button>
    );
  }
  return (
    <ConfirmAction
      label={t('actions.archive')}
      ariaLabel={t('industries.archiveNamed', { name: industry.labelDe })}
      title={t('archive.title')}
      message={t('industries.archiveMessage', { name: industry.labelDe })}
      loading={change.isPending}
      error={change.error}
      onConfirm={() => update(true)}
      buttonProps={{ size: 'xs' }}
    />
  );
}
