import { Injectable } from '@nestjs/common';
import { FILE_DEFINITIONS } from '../file-definitions';
import type { Import } from '../imports/import.entity';
import { PeopleTarget } from './people-target';
import type { RowTarget } from './row-target';

/** Which service an import's rows go to, by its file definition. */
@Injectable()
export class RowTargets {
  constructor(private readonly people: PeopleTarget) {}

  of(imported: Import): RowTarget | undefined {
    return FILE_DEFINITIONS[imported.fileType].target === 'users' ? this.people : undefined;
  }
}
