import type { Contact } from '#contracts/contacts.ts';
import { type ExportColumn, textColumn } from '../../../http/table-export.ts';

const text = textColumn<Contact>;

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
    (contact) =>
      contact.phones
        .map((phone) => (phone.label ? `${phone.label}: ${phone.number}` : phone.number))
        .join('; ') || null,
  ),
  text('Sprache', 'Language', (contact) => contact.language),
  text('Kunden', 'Accounts', (contact) => contact.accounts.map((account) => account.name).join('; ') || null),
];
