import { IsUUID } from 'class-validator';
import { InstitutionScope } from './institution-scope.dto';

/** Staff start sending activation emails to the institution's loaded people. */
export class StartActivationEmailsCommand extends InstitutionScope {
  @IsUUID()
  actorId!: string;
}

export class ActivationEmailsQueryCommand extends InstitutionScope {
  @IsUUID()
  activationSendId!: string;
}

/** Who an activation send would mail now. */
export class ActivationEmailsPreviewReply {
  /** Loaded people who never set a password and got no activation email in the last seven days. */
  count!: number;
}

export class ActivationEmailsProgress {
  /** People gone through so far, out of `total` (the loaded people who had not signed in when it started). */
  done!: number;
  total!: number;
  /** Mailed an activation link. */
  sent!: number;
  /** Left out: mailed in the last seven days (by this send's twin or an earlier one), or claimed meanwhile. */
  skipped!: number;
}

/** Activation emails sent in the background; poll it until `status` is `done`. */
export class ActivationEmailsReply {
  id!: string;
  institutionId!: string;
  status!: 'running' | 'done';
  progress!: ActivationEmailsProgress;
  createdBy!: string;
  createdAt!: string;
}
