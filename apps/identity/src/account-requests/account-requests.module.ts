import { Module } from '@nestjs/common';
import { PasswordsModule } from '../passwords/passwords.module';
import { SignupModule } from '../signup/signup.module';
import { AccountRequestWorker } from './account-request-worker';

/** Carries out in the background the sign-ups and password resets their features take in. */
@Module({ imports: [SignupModule, PasswordsModule], providers: [AccountRequestWorker] })
export class AccountRequestsModule {}
