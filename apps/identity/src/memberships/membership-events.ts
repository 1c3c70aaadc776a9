import type { EntityManager } from '@mikro-orm/core';
import { Events } from '@careers/contracts';
import { recordEvent } from '@careers/messaging';
import type { Membership } from './membership.entity';

export function recordMembershipGranted(em: EntityManager, membership: Membership): void {
  recordEvent(em, Events.membershipGranted, {
    userId: membership.user.id,
    institutionId: membership.institutionId,
    email: membership.user.email,
    username: membership.username,
    roles: [...membership.roles],
  });
}

export function recordMembershipRevoked(em: EntityManager, membership: Membership): void {
  recordEvent(em, Events.membershipRevoked, {
    userId: membership.user.id,
    institutionId: membership.institutionId,
  });
}
