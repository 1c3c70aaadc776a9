import { Module } from '@nestjs/common';
import { InstitutionSettingsService } from './settings.service';
import { SettingsController } from './settings.controller';

@Module({ controllers: [SettingsController], providers: [InstitutionSettingsService] })
export class SettingsModule {}
