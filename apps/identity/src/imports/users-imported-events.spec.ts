import { randomUUID } from 'node:crypto';
import { ImportedPeople, usersImportedEvents } from './users-imported-events';

const INSTITUTION = randomUUID();

function people(
  count: number,
  name: (index: number) => string = (index) => `Person ${index}`,
): ImportedPeople {
  const ids = Array.from({ length: count }, () => randomUUID());
  return {
    created: ids.map((userId, index) => ({
      userId,
      email: `person${index}@example.edu`,
      name: name(index),
      userType: 'student',
      status: 'active',
    })),
    renamed: ids
      .slice(0, 3)
      .map((userId, index) => ({ userId, name: `Renamed "${index}"`, status: 'active' })),
    granted: ids.map((userId, index) => ({
      userId,
      email: `person${index}@example.edu`,
      username: `S${index}`,
      roles: ['student'],
    })),
  };
}

describe('usersImportedEvents', () => {
  it('tells of every person once, in order, in events that each fit the budget', () => {
    const batch = people(60, (index) => (index % 2 ? `Zoë "Ñandú" ${index}` : `José ${'é'.repeat(index)}`));

    const events = usersImportedEvents(INSTITUTION, batch, 4000);

    expect(events.length).toBeGreaterThan(3);
    for (const event of events) {
      expect(Buffer.byteLength(JSON.stringify(event))).toBeLessThanOrEqual(4000);
      expect(event.institutionId).toBe(INSTITUTION);
    }
    expect(events.flatMap((event) => event.created)).toEqual(batch.created);
    expect(events.flatMap((event) => event.renamed)).toEqual(batch.renamed);
    expect(events.flatMap((event) => event.granted)).toEqual(batch.granted);
  });

  it('tells of a whole batch in one event when it fits', () => {
    const batch = people(1000);

    const events = usersImportedEvents(INSTITUTION, batch, 512 * 1024);

    expect(events).toHaveLength(1);
    expect(events[0].created).toHaveLength(1000);
    expect(events[0].granted).toHaveLength(1000);
  });

  it('sends an entry larger than the budget on its own, and nothing for a batch that did nothing', () => {
    const batch = people(3, (index) => (index === 1 ? 'x'.repeat(5000) : `P${index}`));

    const events = usersImportedEvents(INSTITUTION, { ...batch, renamed: [], granted: [] }, 1000);

    expect(events.map((event) => event.created.map((user) => user.name.length))).toEqual([[2], [5000], [2]]);
    expect(usersImportedEvents(INSTITUTION, { created: [], renamed: [], granted: [] }, 1000)).toEqual([]);
  });
});
