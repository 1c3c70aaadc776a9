import { Injectable } from '@nestjs/common';
import { FILE_DEFINITIONS } from '../file-definitions';
import type { Import } from '../imports/import.entity';
import { ContactsTarget } from './contacts-target';
import { PeopleTarget } from './people-target';
import type { RowTarget } from './row-target';

/** Which service an import's rows go to, by its file definition. */
@Injectable()
export class RowTargets {
  constructor(
    private readonly people: PeopleTarget,
    private readonly contacts: ContactsTarget,
  ) {}

  of(imported: Import): RowTarget {
    return FILE_DEFINITIONS[imported.fileType].target === 'users' ? this.people : this.contacts;
  }
}
