import { Module } from '@nestjs/common';
import { ContactLinker } from './contact-linker';
import { UserEventsHandler } from './user-events.handler';
import { UserReplicaRepository } from './user-replica.repository';

@Module({ providers: [ContactLinker, UserEventsHandler, UserReplicaRepository], exports: [ContactLinker] })
export class LinkingModule {}
