import { Events } from '@careers/contracts';
import { consumerName } from './event-consumers';

describe('consumerName', () => {
  it('names a durable consumer after its service and the event subject, in characters NATS accepts', () => {
    expect(consumerName('identity', Events.institutionCreated)).toBe(
      'identity-directory_institution_created',
    );
  });
});
