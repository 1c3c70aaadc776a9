import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AddNoteCommand,
  DirectorySubjects,
  ListNotesCommand,
  NotePageReply,
  NoteReply,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { NotesService } from './notes.service';

@RpcController()
export class NotesController {
  constructor(
    private readonly em: EntityManager,
    private readonly notes: NotesService,
  ) {}

  @MessagePattern(DirectorySubjects.addNote)
  @CreateRequestContext()
  add(@Payload() command: AddNoteCommand): Promise<NoteReply> {
    return this.notes.add(this.em, command);
  }

  @MessagePattern(DirectorySubjects.listNotes)
  @CreateRequestContext()
  list(@Payload() command: ListNotesCommand): Promise<NotePageReply> {
    return this.notes.list(this.em, command);
  }
}
