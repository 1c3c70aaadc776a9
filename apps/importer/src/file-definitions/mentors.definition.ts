import type { FileDefinition } from './file-definition';
import { userColumns } from './user-columns';

/** The mentors file as the seed describes it (`003`): `user_type` is exactly "Mentors". */
export const mentorsDefinition: FileDefinition = {
  fileType: 'Mentors',
  target: 'users',
  columns: [
    ...userColumns('Mentors'),
    {
      name: 'mentor_information_attributes:maximum_mentees',
      rule: { kind: 'wholeNumber' },
      recommended: true,
    },
    {
      name: 'mentor_information_attributes:student_contact_preference',
      rule: { kind: 'oneOf', values: ['allowed', 'not allowed'] },
    },
    {
      name: 'mentor_information_attributes:expertise_names',
      rule: { kind: 'list', maxItems: 20, maxLength: 100 },
    },
    {
      name: 'mentor_information_attributes:maximum_student_contacts_per_month',
      rule: { kind: 'wholeNumber' },
    },
    { name: 'mentor_information_attributes:industry_name', rule: { kind: 'text', maxLength: 200 } },
  ],
};
