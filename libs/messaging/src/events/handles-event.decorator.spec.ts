import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope, Events } from '@careers/contracts';
import { HANDLES_EVENT, HandlesEvent } from './handles-event.decorator';

class InstitutionEvents {
  @HandlesEvent(Events.institutionCreated)
  async created(event: EventEnvelope<typeof Events.institutionCreated>, em: EntityManager): Promise<void> {
    void [event.data.name, em];
  }
}

describe('HandlesEvent', () => {
  it('marks the method with its subject, for the consumers to find', () => {
    expect(Reflect.getMetadata(HANDLES_EVENT, InstitutionEvents.prototype.created)).toBe(
      Events.institutionCreated,
    );
  });

  it("refuses, at compile time, a method that takes another subject's payload", () => {
    class Mismatched {
      // @ts-expect-error: the envelope of contact.linked is not institution.created's
      @HandlesEvent(Events.institutionCreated)
      async created(event: EventEnvelope<typeof Events.contactLinked>): Promise<void> {
        void event.data.contactId;
      }
    }
    expect(Reflect.getMetadata(HANDLES_EVENT, Mismatched.prototype.created)).toBe(Events.institutionCreated);
  });
});
