import { eventVersion } from './event-version';
import type { EventSubject } from './events';

describe('eventVersion', () => {
  it('is 1 for a subject without a version suffix', () => {
    expect(eventVersion('events.directory.contact.created')).toBe(1);
  });

  it('reads the version from a `.v<N>` suffix', () => {
    expect(eventVersion('events.directory.contact.created.v2' as EventSubject)).toBe(2);
  });
});
