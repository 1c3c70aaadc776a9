import type { EntityManager } from '@mikro-orm/core';
import { Events } from '@careers/contracts';
import { recordEvent } from '@careers/messaging';
import type { User } from './user.entity';

export function recordUserCreated(em: EntityManager, user: User): void {
  recordEvent(em, Events.userCreated, {
    userId: user.id,
    email: user.email,
    name: user.name,
    userType: user.userType,
    status: user.status,
  });
}

export function recordUserUpdated(em: EntityManager, user: User): void {
  recordEvent(em, Events.userUpdated, { userId: user.id, name: user.name, status: user.status });
}

export function recordUserEmailChanged(em: EntityManager, user: User, previousEmail: string): void {
  recordEvent(em, Events.userEmailChanged, { userId: user.id, previousEmail, email: user.email });
}

export function recordUserDeleted(em: EntityManager, user: User): void {
  recordEvent(em, Events.userDeleted, { userId: user.id, email: user.email });
}
