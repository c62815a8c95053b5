import type { Contact, ContactCreate } from '../../../api/types.ts';
import type { Option } from '../../../components/remote-select.tsx';

export interface ContactFormValues {
  firstName: string;
  lastName: string;
  jobTitle: string;
  department: string;
  email: string;
  phones: { key: string; label: string; number: string }[];
  language: string | null;
  notes: string;
  accounts: Option[];
}

let phoneKey = 0;
export const newPhoneRow = (label = '', number = '') => ({ key: `p${++phoneKey}`, label, number });

export function emptyContactValues(accounts: Option[] = []): ContactFormValues {
  return {
    firstName: '',
    lastName: '',
    jobTitle: '',
    department: '',
    email: '',
    phones: [newPhoneRow()],
    language: null,
    notes: '',
    accounts,
  };
}

export function contactToValues(contact: Contact): ContactFormValues {
  return {
    firstName: contact.firstName ?? '',
    lastName: contact.lastName,
    jobTitle: contact.jobTitle ?? '',
    department: contact.department ?? '',
    email: contact.email ?? '',
    phones:
      contact.phones.length > 0
        ? contact.phones.map((phone) => newPhoneRow(phone.label, phone.number))
        : [newPhoneRow()],
    language: contact.language,
    notes: contact.notes ?? '',
    accounts: contact.accounts.map((account) => ({ value: account.id, label: account.name })),
  };
}

const text = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export function contactValuesToPayload(values: ContactFormValues): ContactCreate {
  return {
    firstName: text(values.firstName),
    lastName: values.lastName.trim(),
    jobTitle: text(values.jobTitle),
    department: text(values.department),
    email: text(values.email),
    // An empty phone row is just an unused input, not data.
    phones: values.phones
      .filter((phone) => phone.number.trim() !== '' || phone.label.trim() !== '')
      .map((phone) => ({ label: phone.label.trim(), number: phone.number.trim() })),
    language: values.language,
    notes: text(values.notes),
    accountIds: values.accounts.map((account) => account.value),
  };
}

/** API field paths (accountIds.0) to form paths (accounts). */
export function toContactFormErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [
      path.startsWith('accountIds') ? 'accounts' : path,
      message,
    ]),
  );
}
