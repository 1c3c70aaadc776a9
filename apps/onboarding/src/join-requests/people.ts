import { Injectable } from '@nestjs/common';
import {
  DirectorySubjects,
  IdentitySubjects,
  InstitutionReply,
  InstitutionSettingsReply,
  UserReply,
} from '@careers/contracts';
import { NotFoundError, RpcError, ServiceClient } from '@careers/messaging';

/** What onboarding asks identity and directory about the people and institutions of a request. */
@Injectable()
export class People {
  constructor(private readonly services: ServiceClient) {}

  user(userId: string): Promise<UserReply> {
    return this.orNotFound(this.services.request(IdentitySubjects.getUser, { userId }), () => ({
      code: 'user_not_found',
      message: `No user ${userId}.`,
    }));
  }

  institution(institutionId: string): Promise<InstitutionReply> {
    return this.orNotFound(
      this.services.request(DirectorySubjects.getInstitution, { institutionId }),
      () => ({
        code: 'institution_not_found',
        message: `No institution ${institutionId}.`,
      }),
    );
  }

  settings(institutionId: string): Promise<InstitutionSettingsReply> {
    return this.orNotFound(this.services.request(DirectorySubjects.getSettings, { institutionId }), () => ({
      code: 'institution_not_found',
      message: `No institution ${institutionId}.`,
    }));
  }

  /** A not-found answer from the other service is this service's own 404; any other failure passes through. */
  private async orNotFound<T>(
    call: Promise<T>,
    notFound: () => { code: string; message: string },
  ): Promise<T> {
    try {
      return await call;
    } catch (error) {
      if (error instanceof RpcError && error.body.kind === 'not-found') {
        const { code, message } = notFound();
        throw new NotFoundError(code, message);
      }
      throw error;
    }
  }
}
