import { CONTACT_LABELS_MAX } from '@careers/contracts';
import {
  addContact,
  addLabel,
  ContactBody,
  Person,
  TestSystem,
  institutionWithStaff,
} from '@careers/testing';
import { ROUNDS, statusesOf, together } from './support/together';

describe('the most labels a contact carries', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;
  /** Enough labels to fill a contact and try two more. */
  let labelIds: string[];

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    ({ institutionId, staff } = await institutionWithStaff(system, 'career_services_staff'));
    labelIds = [];
    for (let i = 0; i < CONTACT_LABELS_MAX + 2; i++) {
      labelIds.push(await addLabel(system, staff.token, institutionId, `Group ${i}`));
    }
  });

  afterAll(async () => {
    await system?.stop();
  });

  const contacts = (path = '') => `/v1/institutions/${institutionId}/contacts${path}`;
  const labelledWith = (count: number) =>
    addContact(system, staff.token, institutionId, { labelIds: labelIds.slice(0, count) });
  const labelsOf = async (contactId: string) =>
    (await system.api.get<ContactBody>(contacts(`/${contactId}`), staff.token)).body.labels.map(
      (label) => label.id,
    );

  it('refuses one more label on a contact at the limit with a 409 naming it, and leaves its labels', async () => {
    const contact = await labelledWith(CONTACT_LABELS_MAX);

    const response = await system.api.post(
      contacts(`/${contact.id}/labels`),
      { labelId: labelIds[CONTACT_LABELS_MAX] },
      staff.token,
    );

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      type: 'urn:careers:problem:contact-label-limit',
      title: 'Contact label limit',
      status: 409,
    });
    expect(response.body['detail']).toContain(`carries ${CONTACT_LABELS_MAX} labels`);
    expect(response.body['detail']).toContain(`the ${CONTACT_LABELS_MAX} a contact may carry`);
    expect(await labelsOf(contact.id)).toHaveLength(CONTACT_LABELS_MAX);
  });

  it('takes a label the contact carries already at the limit, changing nothing', async () => {
    const contact = await labelledWith(CONTACT_LABELS_MAX);

    const response = await system.api.post(
      contacts(`/${contact.id}/labels`),
      { labelId: labelIds[0] },
      staff.token,
    );

    expect(response.status).toBe(200);
    expect(await labelsOf(contact.id)).toHaveLength(CONTACT_LABELS_MAX);
  });

  it('takes one more label again once one is taken off', async () => {
    const contact = await labelledWith(CONTACT_LABELS_MAX);
    const removed = await system.api.delete(contacts(`/${contact.id}/labels/${labelIds[0]}`), staff.token);

    const added = await system.api.post(
      contacts(`/${contact.id}/labels`),
      { labelId: labelIds[CONTACT_LABELS_MAX] },
      staff.token,
    );

    expect(removed.status).toBe(200);
    expect(added.status).toBe(200);
    expect(await labelsOf(contact.id)).toHaveLength(CONTACT_LABELS_MAX);
  });

  it('refuses a new contact with more labels than the limit', async () => {
    const response = await system.api.post(
      contacts(),
      {
        firstName: 'Many',
        lastName: 'Labels',
        email: `many-labels-${Date.now()}@example.test`,
        labelIds: labelIds.slice(0, CONTACT_LABELS_MAX + 1),
      },
      staff.token,
    );

    expect(response.status).toBe(400);
    expect(response.body['errors']).toEqual([
      { field: 'labelIds', message: `labelIds must hold at most ${CONTACT_LABELS_MAX} labels` },
    ]);
  });

  it('lets exactly one of two labels put on at once onto a contact one short of the limit', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const contact = await labelledWith(CONTACT_LABELS_MAX - 1);
      const last = labelIds.slice(CONTACT_LABELS_MAX - 1, CONTACT_LABELS_MAX + 1);

      const answers = await together(2, (index) =>
        system.api.post(contacts(`/${contact.id}/labels`), { labelId: last[index] }, staff.token),
      );

      expect(statusesOf(answers)).toEqual([200, 409]);
      const held = await labelsOf(contact.id);
      expect(held).toHaveLength(CONTACT_LABELS_MAX);
      expect(last.filter((labelId) => held.includes(labelId))).toHaveLength(1);
    }
  });
});
