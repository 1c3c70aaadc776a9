import { Injectable } from '@nestjs/common';
import {
  DirectorySubjects,
  IdentitySubjects,
  InstitutionReply,
  InstitutionSettingsReply,
  UserReply,
} from '@careers/contracts';
import { NotFoundError, notFoundAs, ServiceClient } from '@careers/messaging';

/** What onboarding asks identity and directory about the people and institutions of a request. */
@Injectable()
export class People {
  constructor(private readonly services: ServiceClient) {}

  user(userId: string): Promise<UserReply> {
    return notFoundAs(
      this.services.request(IdentitySubjects.getUser, { userId }),
      () => new NotFoundError('user_not_found', `No user ${userId}.`),
    );
  }

  institution(institutionId: string): Promise<InstitutionReply> {
    return notFoundAs(this.services.request(DirectorySubjects.getInstitution, { institutionId }), () =>
      noInstitution(institutionId),
    );
  }

  settings(institutionId: string): Promise<InstitutionSettingsReply> {
    return notFoundAs(this.services.request(DirectorySubjects.getSettings, { institutionId }), () =>
      noInstitution(institutionId),
    );
  }
}

function noInstitution(institutionId: string): NotFoundError {
  return new NotFoundError('institution_not_found', `No institution ${institutionId}.`);
}
