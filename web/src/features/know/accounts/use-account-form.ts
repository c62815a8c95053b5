import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ZAccountCreate } from '#contracts/accounts.ts';
import { validateWith } from '../../../components/form-errors.ts';
import { type AccountFormValues, toFormErrors, valuesToPayload } from './account-form-values.ts';

/** The account form's state, checked with the server's own contract before anything is sent. */
export function useAccountForm(initialValues: AccountFormValues) {
  const { t } = useTranslation();
  return useForm<AccountFormValues>({
    initialValues,
    validateInputOnBlur: true,
    validate: (values) => {
      const errors = toFormErrors(validateWith(t, ZAccountCreate, valuesToPayload(values)) ?? {});
      if (values.isKeyAccount && !values.keyAccountTier) errors.keyAccountTier = t('validation.tierRequired');
      return errors;
    },
  });
}
