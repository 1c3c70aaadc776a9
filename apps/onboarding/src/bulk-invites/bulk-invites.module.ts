import { Module } from '@nestjs/common';
import { JoinRequestsModule } from '../join-requests/join-requests.module';
import { BulkInviteMailer } from './bulk-invite-mailer';
import { BulkInvitesController } from './bulk-invites.controller';
import { BulkInvitesService } from './bulk-invites.service';
import { InviteAudience } from './invite-audience';
import { InvitePreview } from './invite-preview';

@Module({
  imports: [JoinRequestsModule],
  controllers: [BulkInvitesController],
  providers: [BulkInvitesService, InviteAudience, BulkInviteMailer, InvitePreview],
})
export class BulkInvitesModule {}
