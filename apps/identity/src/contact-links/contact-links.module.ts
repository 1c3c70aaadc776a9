import { Module } from '@nestjs/common';
import { ContactLinkEventsHandler } from './contact-link-events.handler';
import { ContactLinks } from './contact-links.service';

@Module({ providers: [ContactLinks, ContactLinkEventsHandler], exports: [ContactLinks] })
export class ContactLinksModule {}
