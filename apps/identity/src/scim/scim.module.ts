import { Module } from '@nestjs/common';
import { ImportApply } from '../imports/import-apply';
import { ImportLookup } from '../imports/import-lookup';
import { MembershipRepository } from '../memberships/membership.repository';
import { UserRepository } from '../users/user.repository';
import { ScimController } from './scim.controller';
import { ScimPeople } from './scim-people';
import { ScimProvisioning } from './scim-provisioning';
import { ScimTokens } from './scim-tokens';

@Module({
  controllers: [ScimController],
  providers: [
    ScimTokens,
    ScimPeople,
    ScimProvisioning,
    ImportLookup,
    ImportApply,
    UserRepository,
    MembershipRepository,
  ],
})
export class ScimModule {}
