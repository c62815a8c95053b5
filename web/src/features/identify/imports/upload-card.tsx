import '@mantine/dropzone/styles.css';
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importQuery, importsApi, recentImportsQuery } from '../../../api/imports.ts';
import { isApiError } from '../../../api/problem.ts';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { useFormat } from '../../../i18n/format.ts';

const accept = {
  'text/csv': ['.csv'],
  'text/plain': ['.csv', '.txt'],
  'application/vnd.ms-excel': ['.csv', '.xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
};

interface Sending {
  file: File;
  share: number;
  abort: () => void;
}

/** Step 1: drop or pick the export; it goes up with a progress bar, then the import's page opens. */
export function UploadCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [sending, setSending] = useState<Sending | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [wrongType, setWrongType] = useState(false);

  const start = (file: File) => {
    setError(null);
    setWrongType(false);
    const upload = importsApi.upload(file, (share) =>
      setSending((current) => (current ? { ...current, share } : current)),
    );
    setSending({ file, share: 0, abort: upload.abort });
    upload.done.then(
      (created) => {
        queryClient.setQueryData(importQuery(created.id).queryKey, created);
        void queryClient.invalidateQueries({ queryKey: recentImportsQuery.queryKey });
        void navigate({ to: '/import/$importId', params: { importId: created.id } });
      },
      (failure: unknown) => {
        setSending(null);
        if (!isApiError(failure, 'aborted')) setError(failure);
      },
    );
  };

  return (
    <SectionCard title={t('imports.upload.title')} description={t('imports.upload.description')}>
      <Stack gap="md">
        {sending ? (
          <Stack gap="xs" py="lg" px="md" data-testid="upload-progress">
            <Text fw={600}>{t('imports.upload.sending', { name: sending.file.name })}</Text>
            <Progress
              value={sending.share * 100}
              size="lg"
              radius="xl"
              aria-label={t('imports.upload.progress')}
            />
            <Group justify="space-between">
              <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {sending.share >= 1
                  ? t('imports.upload.inspecting')
                  : t('imports.upload.sent', {
                      percent: format.percent(sending.share, 0),
                      size: format.number(sending.file.size / 1024 / 1024, { maximumFractionDigits: 1 }),
                    })}
              </Text>
              <Button variant="subtle" size="xs" color="gray" onClick={sending.abort}>
                {t('actions.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Dropzone
            onDrop={(files) => {
              const [file] = files;
              if (file) start(file);
            }}
            onReject={() => setWrongType(true)}
            accept={accept}
            multiple={false}
            radius="md"
            inputProps={{ 'aria-label': t('imports.upload.pick') }}
            data-testid="import-dropzone"
          >
            <Stack align="center" gap={6} py="xl" style={{ pointerEvents: 'none' }}>
              <UploadIcon />
              <Text fw={600} size="lg" ta="center">
                {t('imports.upload.drop')}
              </Text>
              <Text size="sm" c="dimmed" ta="center">
                {t('imports.upload.orPick')}
              </Text>
              <Text size="xs" c="dimmed" ta="center">
                {t('imports.upload.types')}
              </Text>
            </Stack>
          </Dropzone>
        )}
        {wrongType ? (
          <Alert color="orange" variant="light" role="alert">
            {t('imports.upload.wrongType')}
          </Alert>
        ) : null}
        <ProblemAlert error={error} />
      </Stack>
    </SectionCard>
  );
}

function UploadIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      width="44"
      height="44"
      aria-hidden="true"
      style={{ color: 'var(--mantine-color-blue-6)' }}
    >
      <path
        d="M12 16V4m0 0-4.5 4.5M12 4l4.5 4.5M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
