import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

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

/** Staff delete a pending account; onboarding says when the account's join request is pending there. */
export class DeletePendingUserCommand extends InstitutionUserCommand {
  /**
   * Onboarding holds a pending join request of this user for this institution: identity may not have made the
   * pending membership from its event yet.
   */
  @IsBoolean()
  @IsOptional()
  joinRequestPending?: boolean;
}

/** A change made by someone in the institution: the service checks the actor's current roles as it makes it. */
export class InstitutionActorCommand extends InstitutionUserCommand {
  /** The caller, whose roles the service checks again in the transaction that makes the change. */
  @IsUUID()
  actorId!: string;
}
