import { IsDefined, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class LabelRequest {
  @MaxLength(60)
  @Matches(/\S/, { message: 'name must not be blank' })
  @IsString()
  @IsDefined({ message: 'name is required' })
  name!: string;
}

export class CreateLabelCommand extends LabelRequest {
  @IsUUID()
  institutionId!: string;
}

export class LabelCommand {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  labelId!: string;
}

export class RenameLabelCommand extends LabelRequest {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  labelId!: string;
}

export class LabelReply {
  id!: string;
  name!: string;
}

export class ListLabelsQuery {
  /** `nextCursor` of the previous page. */
  @MaxLength(1000)
  @IsString()
  @IsOptional()
  cursor?: string;
}

export class ListLabelsCommand extends ListLabelsQuery {
  @IsUUID()
  institutionId!: string;
}

export class LabelListReply {
  /** By name, as many as fit in one reply: follow `nextCursor` until null. */
  items!: LabelReply[];
  /** Pass as `cursor` for the next page; `null` on the last one. */
  nextCursor!: string | null;
}
