import { Module } from '@nestjs/common';
import { InstitutionsModule } from '../institutions/institutions.module';
import { AccountClaims } from './account-claims';

/** Loaded accounts claimed by their people through a mailed link. */
@Module({ imports: [InstitutionsModule], providers: [AccountClaims], exports: [AccountClaims] })
export class ClaimsModule {}
