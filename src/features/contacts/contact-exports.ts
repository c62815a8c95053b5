import type { ExportColumn } from '../../http/table-export.ts';
import type { Contact } from './contacts.schema.ts';

const text = (de: string, en: string, value: (contact: Contact) => string | null) =>
  ({ header: { de, en }, kind: 'text', value }) as const;

/** The columns of the exported contacts list: who, how to reach them, and for which accounts. */
export const contactColumns: ExportColumn<Contact>[] = [
  text('Vorname', 'First name', (contact) => contact.firstName),
  text('Nachname', 'Last name', (contact) => contact.lastName),
  text('Position', 'Job title', (contact) => contact.jobTitle),
  text('Abteilung', 'Department', (contact) => contact.department),
  text('E-Mail', 'E-mail', (contact) => contact.email),
  text(
    'Telefon',
    'Phone',
    (contact) => contact.phones.map((phone) => `${phone.label}: ${phone.number}`).join('; ') || null,
  ),
  text('Sprache', 'Language', (contact) => contact.language),
  text('Kunden', 'Accounts', (contact) => contact.accounts.map((account) => account.name).join('; ') || null),
];
