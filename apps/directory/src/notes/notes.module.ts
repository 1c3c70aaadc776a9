import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { NotesController } from './notes.controller';
import { NotesService } from './notes.service';

@Module({ imports: [ContactsModule], controllers: [NotesController], providers: [NotesService] })
export class NotesModule {}
