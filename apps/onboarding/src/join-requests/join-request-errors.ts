import { ConflictError, ForbiddenError, NotFoundError } from '@careers/messaging';
import type { JoinRequest } from './join-request.entity';

export class JoinRequestNotFound extends NotFoundError {
  constructor(requestId: string) {
    super('join_request_not_found', `No join request ${requestId} at this institution.`);
  }
}

export class JoinRequestDecided extends ConflictError {
  constructor(request: JoinRequest) {
    super(
      'join_request_decided',
      `The join request ${request.id} was already decided (${request.status}, ${request.decidedAt?.toISOString()}); decisions are final.`,
    );
  }
}

export class AlreadyMember extends ConflictError {
  constructor() {
    super('already_member', 'You already belong to this institution.');
  }
}

export class RequestAlreadyPending extends ConflictError {
  constructor(requestId: string) {
    super(
      'join_request_pending',
      `You already asked to join this institution (request ${requestId}); it awaits review.`,
    );
  }
}

export class RequestDeclinedBefore extends ConflictError {
  constructor() {
    super('join_request_declined', 'This institution declined your request to join; its decision is final.');
  }
}

export class NotAcceptingRequests extends ConflictError {
  constructor() {
    super(
      'not_accepting_requests',
      'This institution does not take requests to join from students and alumni.',
    );
  }
}

export class CannotRequestToJoin extends ForbiddenError {
  constructor() {
    super('cannot_request_to_join', 'Only employers, students and alumni ask to join an institution.');
  }
}
