import type { FileDefinition } from './file-definition';
import { userColumns } from './user-columns';

export const SCHOOL_YEARS = [
  'Freshman',
  'Sophomore',
  'Junior',
  'Senior',
  'Masters',
  'Doctorate',
  'Postdoctoral Studies',
] as const;

export const studentsDefinition: FileDefinition = {
  fileType: 'Students',
  target: 'users',
  columns: [
    ...userColumns('Students'),
    { name: 'school_year', rule: { kind: 'oneOf', values: SCHOOL_YEARS }, recommended: true },
    { name: 'graduation_date', rule: { kind: 'date' }, recommended: true },
    { name: 'major_names', rule: { kind: 'list', maxItems: 10, maxLength: 200 } },
    { name: 'college_name', rule: { kind: 'text', maxLength: 200 } },
    { name: 'cumulative_gpa', rule: { kind: 'decimal', min: 0, max: 5 } },
    { name: 'mobile_number', rule: { kind: 'text', maxLength: 40 } },
  ],
};
