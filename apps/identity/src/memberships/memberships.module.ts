import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { JoinRequestEventsHandler } from './join-request-events.handler';

@Module({ imports: [ClaimsModule], providers: [JoinRequestEventsHandler] })
export class MembershipsModule {}
