import type { FileDefinition } from './file-definition';
import { userColumns } from './user-columns';

export const alumniDefinition: FileDefinition = {
  fileType: 'Alumni',
  target: 'users',
  columns: [
    ...userColumns('Alumni'),
    { name: 'graduation_date', rule: { kind: 'date' }, recommended: true },
    { name: 'major_names', rule: { kind: 'list', maxItems: 10, maxLength: 200 } },
    { name: 'college_name', rule: { kind: 'text', maxLength: 200 } },
    { name: 'employer_name', rule: { kind: 'text', maxLength: 200 } },
    { name: 'mobile_number', rule: { kind: 'text', maxLength: 40 } },
  ],
};
