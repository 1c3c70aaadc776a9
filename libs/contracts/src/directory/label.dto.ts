import { IsDefined, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

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

export class LabelListReply {
  items!: LabelReply[];
}
