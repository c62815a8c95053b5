export function contactName(contact: { firstName: string | null; lastName: string }): string {
  return [contact.firstName, contact.lastName].filter(Boolean).join(' ');
}
