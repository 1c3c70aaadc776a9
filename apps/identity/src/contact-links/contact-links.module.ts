import { Module } from '@nestjs/common';
import { ContactLinkEventsHandler } from './contact-link-events.handler';
import { ContactLinksService } from './contact-links.service';

@Module({ providers: [ContactLinksService, ContactLinkEventsHandler], exports: [ContactLinksService] })
export class ContactLinksModule {}
