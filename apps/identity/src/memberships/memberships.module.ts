import { Module } from '@nestjs/common';
import { JoinRequestEventsHandler } from './join-request-events.handler';

@Module({ providers: [JoinRequestEventsHandler] })
export class MembershipsModule {}
