import { Module } from '@nestjs/common';
import { ContactLinksModule } from '../contact-links/contact-links.module';
import { EmailChangeModule } from '../email-change/email-change.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { InstitutionUserReplies } from './institution-user-replies';
import { InstitutionUsersController } from './institution-users.controller';
import { InstitutionUsersService } from './institution-users.service';
import { MembersByName } from './members-by-name';

@Module({
  imports: [InstitutionsModule, EmailChangeModule, ContactLinksModule],
  controllers: [InstitutionUsersController],
  providers: [InstitutionUsersService, InstitutionUserReplies, MembersByName],
})
export class InstitutionUsersModule {}
