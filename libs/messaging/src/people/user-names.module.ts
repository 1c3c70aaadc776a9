import { Module } from '@nestjs/common';
import { UserNamesHandler } from './user-names.handler';

/** For a service that names who did what: keeps its `user_name` table (entity `UserName`) from identity's events. */
@Module({ providers: [UserNamesHandler] })
export class UserNamesModule {}
