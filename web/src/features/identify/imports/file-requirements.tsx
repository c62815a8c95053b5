import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/section-card.tsx';
import { isRequiredField, mappingFields } from './format-options.ts';

/** What a file needs, next to the drop zone. */
export function FileRequirements() {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('imports.needs.title')} description={t('imports.needs.description')}>
      <Stack gap="md">
        <Group gap={6}>
          {mappingFields.map((field) => (
            <Badge
              key={field}
              variant={isRequiredField(field) ? 'filled' : 'light'}
              color={isRequiredField(field) ? 'blue' : 'gray'}
              radius="sm"
              tt="none"
            >
              {t(`imports.fields.${field}`)}
            </Badge>
          ))}
        </Group>
        <Text size="xs" c="dimmed">
          {t('imports.needs.legend')}
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('imports.needs.formats')}</List.Item>
          <List.Item>{t('imports.needs.numbers')}</List.Item>
          <List.Item>{t('imports.needs.dates')}</List.Item>
          <List.Item>{t('imports.needs.safe')}</List.Item>
        </List>
      </Stack>
    </SectionCard>
  );
}
