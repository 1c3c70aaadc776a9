import type { FileDefinition } from './file-definition';

/** The institution's address book: contacts are created or updated by email (source: bulk upload). */
export const contactsDefinition: FileDefinition = {
  fileType: 'Contacts',
  target: 'contacts',
  columns: [
    { name: 'email_address', rule: { kind: 'email' }, required: true, uniqueInFile: true },
    { name: 'first_name', rule: { kind: 'text', maxLength: 100 }, required: true },
    { name: 'last_name', rule: { kind: 'text', maxLength: 100 }, required: true },
    { name: 'title', rule: { kind: 'text', maxLength: 200 } },
    { name: 'employer_name', rule: { kind: 'text', maxLength: 200 }, recommended: true },
    { name: 'phone_number', rule: { kind: 'text', maxLength: 40 } },
    { name: 'labels', rule: { kind: 'list', maxItems: 20, maxLength: 60 } },
    { name: 'archive', rule: { kind: 'oneOf', values: ['true', 'false'] } },
  ],
};
