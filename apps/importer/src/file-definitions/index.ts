import type { FileType } from '@careers/contracts';
import { alumniDefinition } from './alumni.definition';
import { contactsDefinition } from './contacts.definition';
import type { FileDefinition } from './file-definition';
import { mentorsDefinition } from './mentors.definition';
import { studentsDefinition } from './students.definition';

export const FILE_DEFINITIONS: Record<FileType, FileDefinition> = {
  Students: studentsDefinition,
  Alumni: alumniDefinition,
  Mentors: mentorsDefinition,
  Contacts: contactsDefinition,
};
