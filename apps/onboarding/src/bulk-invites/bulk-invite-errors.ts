import { ConflictError, InvalidInputError, NotFoundError, UnprocessableError } from '@careers/messaging';

/** DESIGN rule 4: a bulk invite needs the institution's default employer-approval setting first. */
export class ApprovalDefaultsMissing extends ConflictError {
  constructor(institutionId: string) {
    super(
      'approval_defaults_missing',
      'Set your institution’s default employer-approval setting before inviting employers: ' +
        `PATCH /v1/institutions/${institutionId}/settings with employerApproval ({ approval: "review" or "automatic", permissions: [...] }). ` +
        'Employers who accept will ask to connect, and approval grants these default permissions.',
    );
  }
}

export class SelectionMissing extends InvalidInputError {
  constructor(message: string) {
    super([{ field: 'contactIds', message }], message);
  }
}

export class NoContactsChosen extends UnprocessableError {
  constructor(message: string) {
    super('no_contacts_chosen', message);
  }
}

export class UnknownContacts extends UnprocessableError {
  constructor(contactIds: string[]) {
    const shown = contactIds.slice(0, 10).join(', ');
    super(
      'unknown_contacts',
      `${contactIds.length} chosen ids are not contacts of this institution: ${shown}${contactIds.length > 10 ? ', ...' : ''}.`,
      [{ field: 'contactIds', message: `${shown} are not contacts of this institution` }],
    );
  }
}

export class BulkInviteNotFound extends NotFoundError {
  constructor(inviteId: string) {
    super('bulk_invite_not_found', `No bulk invite ${inviteId} at this institution.`);
  }
}

export class SentBulkInviteKept extends ConflictError {
  constructor(sentAt: Date | null) {
    super(
      'bulk_invite_sent',
      `This bulk invite was sent (${sentAt?.toISOString()}): only a draft can be discarded, a sent one stays in the history.`,
    );
  }
}

export class BulkInviteAlreadySent extends ConflictError {
  constructor(sentAt: Date | null) {
    super(
      'bulk_invite_sent',
      `This bulk invite was sent already (${sentAt?.toISOString()}); it is sent once.`,
    );
  }
}
