import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ZContactCreate } from '#contracts/contacts.ts';
import { validateWith } from '../../../components/form-errors.ts';
import {
  type ContactFormValues,
  contactValuesToPayload,
  toContactFormErrors,
} from './contact-form-values.ts';

export function useContactForm(initialValues: ContactFormValues) {
  const { t } = useTranslation();
  return useForm<ContactFormValues>({
    initialValues,
    validateInputOnBlur: true,
    validate: (values) => {
      const payload = contactValuesToPayload(values);
      const errors = toContactFormErrors(validateWith(t, ZContactCreate, payload) ?? {});
      // Phone errors point at the sent list; map them back to the visible rows.
      const visible = values.phones
        .map((phone, index) => ({ phone, index }))
        .filter(({ phone }) => phone.number.trim() !== '' || phone.label.trim() !== '');
      for (const key of Object.keys(errors)) {
        const match = /^phones\.(\d+)\.(label|number)$/.exec(key);
        if (!match) continue;
        const row = visible[Number(match[1])];
        const message = errors[key];
        delete errors[key];
        if (row && message) errors[`phones.${row.index}.${match[2]}`] = message;
      }
      return errors;
    },
  });
}
