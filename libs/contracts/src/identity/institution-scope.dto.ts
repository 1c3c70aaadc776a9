import { IsUUID } from 'class-validator';

/** A request about one institution. */
export class InstitutionScope {
  @IsUUID()
  institutionId!: string;
}

/** A request about one person in one institution. */
export class InstitutionUserCommand extends InstitutionScope {
  @IsUUID()
  userId!: string;
}
