import { IsDefined, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class UpdateMeRequest {
  @MaxLength(200)
  @Matches(/\S/, { message: 'name must not be blank' })
  @IsString()
  @IsDefined({ message: 'name is required' })
  name!: string;
}

export class UpdateMeCommand extends UpdateMeRequest {
  @IsUUID()
  userId!: string;
}
