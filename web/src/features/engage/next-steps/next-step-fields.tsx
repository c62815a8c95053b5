import { ActionIcon, Button, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../../components/day-input.tsx';
import { userOptions } from '../../../components/option-sources.ts';
import { RemoteSelect } from '../../../components/remote-select.tsx';
import { useMe } from '../relationships/use-me.ts';
import { type NextStepRow, newNextStepRow } from './next-step-rows.ts';

interface NextStepFieldsProps {
  value: NextStepRow[];
  onChange: (rows: NextStepRow[]) => void;
  /** The form's errors; a row's fields are `nextSteps.N.title`, `.owner`, `.dueOn`. */
  errors: Record<string, unknown>;
}

/** The next steps agreed in a conversation: what, who (any colleague), by when. */
export function NextStepFields({ value, onChange, errors }: NextStepFieldsProps) {
  const { t } = useTranslation();
  const me = useMe();
  const update = (index: number, patch: Partial<NextStepRow>) =>
    onChange(value.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  const error = (index: number, field: string) => {
    const message = errors[`nextSteps.${index}.${field}`];
    return typeof message === 'string' ? message : undefined;
  };
  return (
    <Fieldset legend={t('nextSteps.title')} radius="md">
      <Stack gap="sm">
        {value.map((row, index) => (
          <Group key={row.key} gap="xs" align="flex-start" wrap="wrap" data-testid="next-step-row">
            <TextInput
              label={t('nextSteps.what', { n: index + 1 })}
              value={row.title}
              onChange={(event) => update(index, { title: event.currentTarget.value })}
              error={error(index, 'title')}
              style={{ flex: '2 1 220px' }}
            />
            <RemoteSelect
              label={t('nextSteps.owner', { n: index + 1 })}
              {...userOptions}
              value={row.owner?.value ?? null}
              selected={row.owner}
              onChange={(owner) => update(index, { owner })}
              error={error(index, 'owner')}
              style={{ flex: '1 1 170px' }}
            />
            <DayInput
              label={t('nextSteps.due', { n: index + 1 })}
              value={row.dueOn}
              onChange={(dueOn) => update(index, { dueOn })}
              error={error(index, 'dueOn')}
              w={140}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={26}
              aria-label={t('nextSteps.remove', { n: index + 1 })}
              onClick={() => onChange(value.filter((_, at) => at !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => onChange([...value, newNextStepRow(me ? { value: me.id, label: me.name } : null)])}
          >
            {t('nextSteps.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
