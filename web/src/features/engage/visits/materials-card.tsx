import '@mantine/dropzone/styles.css';
import { Alert, Anchor, Button, Group, Progress, Stack, Text, TextInput } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { materialTypes } from '#contracts/visit-materials.ts';
import { isApiError } from '../../../api/problem.ts';
import type { Material, Visit } from '../../../api/relationship-types.ts';
import { meQuery } from '../../../api/session.ts';
import { materialUrl, visitsApi } from '../../../api/visits.ts';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { serverFieldErrors } from '../../../components/form-errors.ts';
import { PlainList, PlainListItem } from '../../../components/plain-list.tsx';
import { problemText } from '../../../components/problem-text.ts';
import { SectionCard } from '../../../components/section-card.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useCan } from '../../platform/auth/use-permissions.ts';
import { useRelationshipsWritten } from '../relationships/use-relationships-written.ts';

/** What the server takes, by name (it checks the content too: a program renamed .pdf is refused there). */
const accept = Object.fromEntries(
  Object.values(materialTypes).map((type) => [type.mediaType, type.extensions.map((ending) => `.${ending}`)]),
);

function uploadProblem(t: TFunction, error: unknown, name: string, size: string): string {
  if (isApiError(error, 'file_too_large') || isApiError(error, 'payload_too_large'))
    return t('materials.tooLarge', { name, size });
  if (isApiError(error, 'file_type_not_allowed') || isApiError(error, 'unsupported_media_type'))
    return t('materials.wrongType', { name });
  return problemText(t, error);
}

function rejectionText(t: TFunction, rejection: FileRejection, size: string): string {
  const name = rejection.file.name;
  if (rejection.errors.some((error) => error.code === 'file-too-large'))
    return t('materials.tooLarge', { name, size });
  return t('materials.wrongType', { name });
}

const withoutExtension = (name: string) => name.replace(/\.[^.]+$/, '');

/** What we bring to a visit: links and files, checked for size and type before and after sending. */
export function MaterialsCard({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const format = useFormat();
  const can = useCan();
  const written = useRelationshipsWritten();
  const mayEdit = can('relationships:write');
  const [sending, setSending] = useState<{ name: string; share: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The operator's limit (KONTOR_MATERIAL_MAX_MB) from the server; until /me answers, nothing is refused here.
  const maxBytes = useQuery(meQuery).data?.limits.materialMaxBytes ?? Number.POSITIVE_INFINITY;
  const maxSize = Number.isFinite(maxBytes) ? format.fileSize(maxBytes) : '';

  const upload = (file: File) => {
    setProblem(null);
    setSending({ name: file.name, share: 0 });
    const request = visitsApi.upload(visit.id, file, withoutExtension(file.name), (share) =>
      setSending((current) => (current ? { ...current, share } : current)),
    );
    request.done.then(
      async () => {
        await written();
        setSending(null);
      },
      (failure: unknown) => {
        setSending(null);
        setProblem(uploadProblem(t, failure, file.name, maxSize));
      },
    );
  };

  return (
    <SectionCard title={t('materials.title')} description={t('materials.description')}>
      <Stack gap="md">
        {visit.materials.length > 0 ? (
          <PlainList label={t('materials.title')}>
            {visit.materials.map((material) => (
              <MaterialRow key={material.id} visitId={visit.id} material={material} mayEdit={mayEdit} />
            ))}
          </PlainList>
        ) : (
          <Text size="sm" c="dimmed">
            {t('materials.empty')}
          </Text>
        )}
        {mayEdit ? (
          <>
            {sending ? (
              <Stack gap={4} data-testid="material-progress">
                <Text size="sm">{t('materials.sending', { name: sending.name })}</Text>
                <Progress value={sending.share * 100} aria-label={t('materials.progress')} />
              </Stack>
            ) : (
              <Dropzone
                onDrop={(files) => {
                  const [file] = files;
                  if (file) upload(file);
                }}
                onReject={(rejections) => {
                  const [first] = rejections;
                  if (first) setProblem(rejectionText(t, first, maxSize));
                }}
                accept={accept}
                maxSize={maxBytes}
                multiple={false}
                radius="md"
                inputProps={{ 'aria-label': t('materials.pick') }}
                data-testid="material-dropzone"
              >
                <Stack align="center" gap={4} py="md" style={{ pointerEvents: 'none' }}>
                  <Text fw={600} ta="center">
                    {t('materials.drop')}
                  </Text>
                  <Text size="xs" c="dimmed" ta="center">
                    {t('materials.types', { size: maxSize })}
                  </Text>
                </Stack>
              </Dropzone>
            )}
            {problem ? (
              <Alert color="red" variant="light" role="alert" data-testid="material-problem">
                {problem}
              </Alert>
            ) : null}
            <LinkForm visitId={visit.id} />
          </>
        ) : null}
      </Stack>
    </SectionCard>
  );
}

function MaterialRow({
  visitId,
  material,
  mayEdit,
}: {
  visitId: string;
  material: Material;
  mayEdit: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const written = useRelationshipsWritten();
  const remove = useMutation({
    mutationFn: () => visitsApi.removeMaterial(visitId, material.id),
    onSuccess: () => written(),
  });
  const href = material.kind === 'link' ? (material.url ?? '#') : materialUrl(visitId, material.id);
  return (
    <PlainListItem testId="material">
      <Stack gap={0} style={{ minWidth: 0, flex: '1 1 220px' }}>
        <Anchor
          href={href}
          size="sm"
          fw={600}
          {...(material.kind === 'link'
            ? { target: '_blank', rel: 'noopener noreferrer nofollow' }
            : { download: material.fileName ?? true })}
          style={{ overflowWrap: 'anywhere' }}
        >
          {material.title}
        </Anchor>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {material.kind === 'link'
            ? material.url
            : [material.fileName, material.sizeBytes === null ? null : format.fileSize(material.sizeBytes)]
                .filter(Boolean)
                .join(' · ')}
        </Text>
      </Stack>
      {mayEdit ? (
        <ConfirmAction
          label={t('materials.remove')}
          ariaLabel={t('materials.removeNamed', { title: material.title })}
          title={t('materials.removeTitle', { title: material.title })}
          message={t('materials.removeMessage')}
          loading={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutateAsync()}
          buttonProps={{ size: 'compact-xs', variant: 'subtle' }}
        />
      ) : null}
    </PlainListItem>
  );
}

/** A link to a deck, a product page or a shared folder. */
function LinkForm({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  const written = useRelationshipsWritten();
  const form = useForm({
    initialValues: { title: '', url: '' },
    validate: {
      title: (value) => (value.trim() ? null : t('validation.required')),
      url: (value) => (/^https?:\/\/\S+$/i.test(value.trim()) ? null : t('materials.urlHint')),
    },
  });
  const add = useMutation({
    mutationFn: (values: { title: string; url: string }) =>
      visitsApi.addLink(visitId, { title: values.title.trim(), url: values.url.trim() }),
    onSuccess: async () => {
      form.reset();
      await written();
    },
    onError: (error) => form.setErrors(serverFieldErrors(t, error)),
  });
  return (
    <form onSubmit={form.onSubmit((values) => add.mutate(values))} noValidate>
      <Group gap="xs" align="flex-start" wrap="wrap">
        <TextInput
          label={t('materials.linkTitle')}
          style={{ flex: '1 1 160px' }}
          {...form.getInputProps('title')}
        />
        <TextInput
          label={t('materials.url')}
          placeholder="https://"
          inputMode="url"
          style={{ flex: '2 1 220px' }}
          {...form.getInputProps('url')}
        />
        <Button type="submit" variant="light" mt={25} loading={add.isPending}>
          {t('materials.addLink')}
        </Button>
      </Group>
    </form>
  );
}
