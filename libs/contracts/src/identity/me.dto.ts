import { IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { IsPersonName } from '../person-name';
import { PHONE_MESSAGE, PHONE_PATTERN } from '../phone';

/** Only the fields given change; `phone: null` removes the phone. */
export class UpdateMeRequest {
  @IsPersonName()
  @MaxLength(200)
  @Matches(/\S/, { message: 'name must not be blank' })
  @IsString({ message: 'name must be a string' })
  @ValidateIf((body: UpdateMeRequest) => body.name !== undefined)
  name?: string;

  @Matches(PHONE_PATTERN, { message: `phone ${PHONE_MESSAGE}` })
  @IsString({ message: 'phone must be a string' })
  @ValidateIf((body: UpdateMeRequest) => body.phone !== undefined && body.phone !== null)
  phone?: string | null;
}

export class UpdateMeCommand extends UpdateMeRequest {
  @IsUUID()
  userId!: string;
}
