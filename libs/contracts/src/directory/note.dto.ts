import { CursorPageQuery } from '../page-query.dto';
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
  /** The author's name as it is now; `null` once their account is deleted, or until its name has reached the directory. */
  authorName!: string | null;
  text!: string;
  createdAt!: string;
}

/** A contact's notes, newest first, a page at a time after a cursor. */
export class ListNotesQuery extends CursorPageQuery {}

export class ListNotesCommand extends ListNotesQuery {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  contactId!: string;
}

export class NotePageReply {
  /** At most `limit`; fewer when more would not fit in one reply: follow `nextCursor` until null. */
  items!: NoteReply[];
  /** Pass as `cursor` for the next page; `null` on the last one. */
  nextCursor!: string | null;
}
