import { Module } from '@nestjs/common';
import { ContactsTarget } from './contacts-target';
import { PeopleTarget } from './people-target';
import { RowTargets } from './row-targets';

/** Where an import's rows go: the owning service of each file type, reached through `RowTargets`. */
@Module({
  providers: [PeopleTarget, ContactsTarget, RowTargets],
  exports: [RowTargets],
})
export class TargetsModule {}
