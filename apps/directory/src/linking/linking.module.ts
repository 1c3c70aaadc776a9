import { Module } from '@nestjs/common';
import { ContactLinker } from './contact-linker';
import { UserEventsHandler } from './user-events.handler';

@Module({ providers: [ContactLinker, UserEventsHandler], exports: [ContactLinker] })
export class LinkingModule {}
