import { Module } from '@nestjs/common';
import { MembershipRepository } from '../memberships/membership.repository';
import { UserRepository } from '../users/user.repository';
import { ImportApply } from './import-apply';
import { ImportLookup } from './import-lookup';
import { ImportsController } from './imports.controller';

@Module({
  controllers: [ImportsController],
  providers: [ImportLookup, ImportApply, UserRepository, MembershipRepository],
})
export class ImportsModule {}
