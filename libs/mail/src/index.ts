export * from './mail-template';
export * from './mail-message.entity';
export * from './mail-tables.migration';
export * from './mail-sent-at-index.migration';
export * from './mail-retention';
export * from './mail-options';
export * from './queue-mail';
export * from './mail-dispatcher';
export * from './mail.module';
export * from './mailing-service-config';
export * from './web-app-links';
export * from './web-app-links.module';
export * from './link-token';

import { MailMessage } from './mail-message.entity';

/** The entities a service lists when it uses MailModule. */
export const MAIL_ENTITIES = [MailMessage];
