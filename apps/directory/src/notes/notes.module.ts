import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { NotesController } from './notes.controller';

@Module({ imports: [ContactsModule], controllers: [NotesController] })
export class NotesModule {}
