export class BulkInviteSentData {
  bulkInviteId!: string;
  institutionId!: string;
  /** How many contacts get an email. */
  emails!: number;
}

export class InvitationAcceptedData {
  invitationId!: string;
  institutionId!: string;
  bulkInviteId!: string | null;
  contactId!: string;
  userId!: string;
  /** The account was made by accepting. */
  accountCreated!: boolean;
}
