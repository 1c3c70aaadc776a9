import { Module } from '@nestjs/common';
import { ImportLookup } from './import-lookup';
import { ImportsController } from './imports.controller';

@Module({ controllers: [ImportsController], providers: [ImportLookup] })
export class ImportsModule {}
