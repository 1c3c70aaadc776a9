import { IsDefined, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class NoteRequest {
  @MaxLength(10_000)
  @Matches(/\S/, { message: 'text must not be blank' })
  @IsString()
  @IsDefined({ message: 'text is required' })
  text!: string;
}

export class AddNoteCommand extends NoteRequest {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  contactId!: string;

  @IsUUID()
  authorId!: string;
}

export class NoteReply {
  id!: string;
  contactId!: string;
  authorId!: string;
  text!: string;
  createdAt!: string;
}

export class NoteListReply {
  items!: NoteReply[];
}
