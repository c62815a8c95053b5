import { Grid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header.tsx';
import { FileRequirements } from './file-requirements.tsx';
import { RecentImports } from './recent-imports.tsx';
import { UploadCard } from './upload-card.tsx';

/** "Umsatzimport": upload a file, see the recent imports. */
export function ImportPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('imports.title')} subtitle={t('imports.subtitle')} />
      <Stack gap="md" maw={1280}>
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <UploadCard />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <FileRequirements />
          </Grid.Col>
        </Grid>
        <RecentImports />
      </Stack>
    </>
  );
}
