import { DirectorySubjects } from '@careers/contracts';
import { TestSystem } from '@careers/testing';
import { randomUUID } from 'node:crypto';

/**
 * The label filter reads each contact's copy of its label ids, which triggers keep from its labels: every way a
 * contact's labels change must show in what the filter finds.
 */
describe('filtering contacts by label, whichever way their labels changed', () => {
  let system: TestSystem;
  let institutionId: string;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['directory'] });
    institutionId = (
      await system.request(DirectorySubjects.createInstitution, {
        name: `Labelled U ${randomUUID().slice(0, 8)}`,
        createdBy: randomUUID(),
      })
    ).id;
  });

  afterAll(async () => {
    await system?.stop();
  });

  const label = async (name: string): Promise<string> =>
    (await system.request(DirectorySubjects.createLabel, { institutionId, name })).id;
  const contact = async (labelIds: string[] = []): Promise<string> =>
    (
      await system.request(DirectorySubjects.createContact, {
        institutionId,
        firstName: 'La',
        lastName: 'Belled',
        email: `${randomUUID()}@example.test`,
        labelIds,
      })
    ).id;
  const withLabels = async (...labelIds: string[]): Promise<string[]> => {
    const page = await system.request(DirectorySubjects.listContacts, { institutionId, labelId: labelIds });
    return page.items.map((item) => item.id).sort();
  };
  const resolvedWith = async (...labelIds: string[]): Promise<string[]> => {
    const batch = await system.request(DirectorySubjects.resolveContacts, {
      institutionId,
      filter: { labelId: labelIds },
    });
    return batch.items.map((item) => item.id);
  };

  it('follows labels given at creation, added, taken off and deleted', async () => {
    const [mentors, donors, speakers] = [
      await label('Mentors'),
      await label('Donors'),
      await label('Speakers'),
    ];
    const both = await contact([mentors, donors]);
    const mentor = await contact([mentors]);
    const later = await contact();

    await system.request(DirectorySubjects.addContactLabel, {
      institutionId,
      contactId: later,
      labelId: donors,
    });
    await system.request(DirectorySubjects.addContactLabel, {
      institutionId,
      contactId: later,
      labelId: speakers,
    });

    expect(await withLabels(mentors)).toEqual([both, mentor].sort());
    expect(await withLabels(donors)).toEqual([both, later].sort());
    expect(await withLabels(mentors, donors)).toEqual([both]);
    expect(await withLabels(donors, speakers)).toEqual([later]);
    expect(await resolvedWith(donors, mentors)).toEqual([both]);

    await system.request(DirectorySubjects.removeContactLabel, {
      institutionId,
      contactId: both,
      labelId: mentors,
    });
    await system.request(DirectorySubjects.deleteLabel, { institutionId, labelId: donors });

    expect(await withLabels(mentors)).toEqual([mentor]);
    expect(await withLabels(speakers)).toEqual([later]);
    expect(await withLabels(donors)).toEqual([]);
    expect(await resolvedWith(speakers, mentors)).toEqual([]);
  });

  it('keeps every label when many are added to one contact at once', async () => {
    const labels = await Promise.all(Array.from({ length: 12 }, (_, index) => label(`At once ${index}`)));
    const target = await contact();

    await Promise.all(
      labels.map((labelId) =>
        system.request(DirectorySubjects.addContactLabel, { institutionId, contactId: target, labelId }),
      ),
    );

    expect(await withLabels(...labels)).toEqual([target]);
    for (const labelId of labels) expect(await withLabels(labelId)).toEqual([target]);
  });
});
