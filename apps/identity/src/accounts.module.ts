import { DynamicModule, Module } from '@nestjs/common';
import { AccountRequests } from './account-requests/account-request-worker';
import { ContactLinksModule } from './contact-links/contact-links.module';
import { EmailChangeController } from './email-change/email-change.controller';
import { EmailChanges } from './email-change/email-change.service';
import { EmailRestores } from './email-change/email-restores';
import { InstitutionDirectory } from './institutions/institution-directory';
import { InstitutionUsers } from './institution-users/institution-users.service';
import { InstitutionUserReplies } from './institution-users/institution-user-replies';
import { MembersByName } from './institution-users/members-by-name';
import { JoinRequestEventsHandler } from './memberships/join-request-events.handler';
import { InstitutionUsersController } from './institution-users/institution-users.controller';
import { WEB_APP_URL } from '@careers/mail';
import { MailLinks } from './mail/mail-links';
import { PasswordReset } from './passwords/passwords.service';
import { PasswordsController } from './passwords/passwords.controller';
import { Signup } from './signup/signup.service';
import { SignupController } from './signup/signup.controller';
import { StaffController } from './staff/staff.controller';
import { Staff } from './staff/staff.service';

/** People's accounts: sign-up, passwords, email changes, staff, and the institutions' view of their users. */
@Module({})
export class AccountsModule {
  static register(webAppUrl: string, auth: DynamicModule): DynamicModule {
    return {
      module: AccountsModule,
      imports: [auth, ContactLinksModule],
      controllers: [
        SignupController,
        PasswordsController,
        EmailChangeController,
        StaffController,
        InstitutionUsersController,
      ],
      providers: [
        { provide: WEB_APP_URL, useValue: webAppUrl },
        MailLinks,
        InstitutionDirectory,
        Signup,
        PasswordReset,
        AccountRequests,
        EmailChanges,
        EmailRestores,
        Staff,
        InstitutionUsers,
        InstitutionUserReplies,
        MembersByName,
        JoinRequestEventsHandler,
      ],
    };
  }
}
