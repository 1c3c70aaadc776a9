import { ContactSummary, DirectorySubjects } from '@careers/contracts';
import type { RpcErrorBody } from '@careers/messaging';
import { TestSystem } from '@careers/testing';
import { randomUUID } from 'node:crypto';

describe('resolving contacts for bulk work (directory.contact.resolve)', () => {
  let system: TestSystem;
  let institutionId: string;
  let otherInstitutionId: string;
  let sponsors: string;
  const contactIds: string[] = [];

  const institution = async () =>
    (
      await system.request(DirectorySubjects.createInstitution, {
        name: `Resolver U ${randomUUID().slice(0, 8)}`,
        createdBy: randomUUID(),
      })
    ).id;
  const contact = async (inInstitution: string, fields: Record<string, unknown> = {}) =>
    (
      await system.request(DirectorySubjects.createContact, {
        institutionId: inInstitution,
        firstName: 'Res',
        lastName: 'Olved',
        email: `${randomUUID()}@example.test`,
        ...fields,
      })
    ).id;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['directory'] });
    institutionId = await institution();
    otherInstitutionId = await institution();
    sponsors = (await system.request(DirectorySubjects.createLabel, { institutionId, name: 'Sponsors' })).id;
    for (let index = 0; index < 12; index++) {
      contactIds.push(
        await contact(institutionId, {
          lastName: index % 2 === 0 ? 'Evenson' : 'Oddly',
          labelIds: index % 3 === 0 ? [sponsors] : [],
          source: index === 11 ? 'bulk_upload' : 'manual',
        }),
      );
    }
    await system.request(DirectorySubjects.archiveContact, { institutionId, contactId: contactIds[0] });
  });

  afterAll(async () => {
    await system?.stop();
  });

  /** Every batch after the first starts after the previous one's `next`, until `next` is null. */
  const walk = async (request: Record<string, unknown>): Promise<ContactSummary[]> => {
    const all: ContactSummary[] = [];
    let after: string | undefined;
    for (;;) {
      const batch = await system.request(DirectorySubjects.resolveContacts, {
        institutionId,
        limit: 5,
        ...request,
        ...(after ? { after } : {}),
      });
      expect(batch.items.length).toBeLessThanOrEqual(5);
      all.push(...batch.items);
      if (!batch.next) return all;
      after = batch.next;
    }
  };

  it('gives the chosen contacts in id order, flags archived ones, and ignores ids of another institution', async () => {
    const foreign = await contact(otherInstitutionId);

    const resolved = await walk({ contactIds: [...contactIds, foreign, randomUUID()] });

    expect(resolved.map((item) => item.id)).toEqual([...contactIds].sort());
    expect(resolved.find((item) => item.id === contactIds[0])?.archived).toBe(true);
    expect(resolved.filter((item) => item.archived)).toHaveLength(1);
  });

  it('gives every contact matching a filter, in the list’s filter language', async () => {
    const sponsorsInUse = await walk({ filter: { labelId: [sponsors] } });
    const oddly = await walk({ filter: { q: 'oddly', source: ['manual'] } });
    const everyone = await walk({ filter: { archived: 'any' } });

    // Labelled: indexes 0, 3, 6, 9; index 0 is archived and left out by default.
    expect(sponsorsInUse.map((item) => item.id).sort()).toEqual(
      [contactIds[3], contactIds[6], contactIds[9]].sort(),
    );
    // Odd indexes 1..9 are manual; 11 came from a bulk upload.
    expect(oddly).toHaveLength(5);
    expect(everyone).toHaveLength(12);
    expect(everyone[0]).toEqual({
      id: expect.any(String),
      email: expect.stringContaining('@example.test'),
      firstName: 'Res',
      lastName: expect.any(String),
      companyId: null,
      linkedUserId: null,
      archived: expect.any(Boolean),
    });
  });

  it('walks a label a chunk of its entries at a time, leaving out the ones the rest of the filter does not match', async () => {
    const alumni = (await system.request(DirectorySubjects.createLabel, { institutionId, name: 'Alumni' }))
      .id;
    const labelled: string[] = [];
    for (let index = 0; index < 9; index++) {
      labelled.push(
        await contact(institutionId, {
          lastName: index % 2 === 1 ? 'Walker' : 'Stayer',
          labelIds: index % 3 === 0 ? [alumni, sponsors] : [alumni],
        }),
      );
    }
    await system.request(DirectorySubjects.archiveContact, { institutionId, contactId: labelled[3] });
    const batches: number[] = [];
    const walkCounting = async (filter: Record<string, unknown>) => {
      const all: ContactSummary[] = [];
      let after: string | undefined;
      do {
        const batch = await system.request(DirectorySubjects.resolveContacts, {
          institutionId,
          filter,
          limit: 2,
          ...(after ? { after } : {}),
        });
        batches.push(batch.items.length);
        all.push(...batch.items);
        after = batch.next ?? undefined;
      } while (after);
      return all.map((item) => item.id);
    };

    const walkers = await walkCounting({ labelId: [alumni], q: 'walker' });
    const both = await walkCounting({ labelId: [alumni, sponsors] });
    const archivedToo = await walkCounting({ labelId: [alumni], archived: 'any' });

    // Odd indexes are Walkers; index 3 is archived. Indexes 0, 3, 6 have both labels.
    expect(walkers).toEqual([labelled[1], labelled[5], labelled[7]].sort());
    expect(both).toEqual([labelled[0], labelled[6]].sort());
    expect(archivedToo).toEqual([...labelled].sort());
    expect(Math.max(...batches)).toBeLessThanOrEqual(2);
    expect(batches).toContain(0); // a chunk whose entries all fail the rest of the filter still leads on
  });

  it('refuses an unknown filter field, naming it', async () => {
    const refused = await system
      .request(DirectorySubjects.resolveContacts, {
        institutionId,
        filter: { colour: 'blue' } as never,
      })
      .catch((error: RpcErrorBody) => error);

    expect(refused).toMatchObject({ kind: 'invalid' });
    expect(JSON.stringify(refused)).toContain('colour');
  });
});
