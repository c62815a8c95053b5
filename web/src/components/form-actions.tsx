import { Button, type ButtonProps, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  submitLabel: string;
  submitting: boolean;
  /** Without it there is no cancel button (forms on a page that stays). */
  onCancel?: () => void;
  submitProps?: ButtonProps;
}

/** Cancel and submit, right-aligned below a form. */
export function FormActions({ submitLabel, submitting, onCancel, submitProps }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      {onCancel ? (
        <Button variant="default" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
      ) : null}
      <Button type="submit" loading={submitting} {...submitProps}>
        {submitLabel}
      </Button>
    </Group>
  );
}
