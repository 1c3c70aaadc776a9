import {
  createMembership,
  createUser,
  TestSystem,
  waitFor,
  addContact,
  addLabel,
  ImportsClient,
  signUpVerified,
  tokenIn,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';

/** A path id for each `{name}` of the routes, all of the institution the routes name. */
export type PathIds = Record<string, string>;

/**
 * What the matrix's requests point at: a resource of each kind in the institution, in a state where an allowed caller
 * gets an answer without changing anything (an already decided join request, an already sent invite, an already run
 * import, a revoked invitation), so the cases can run in any order. `forRoute` gives the ids of one route: the
 * defaults, with a route's own where it needs another resource, or a fresh one where an allowed call consumes it.
 */
export class MatrixResources {
  private constructor(
    private readonly system: TestSystem,
    private readonly adminToken: string,
    private readonly ids: PathIds,
    private readonly routeIds: Record<string, PathIds>,
  ) {}

  static async create(
    system: TestSystem,
    adminToken: string,
    institutionId: string,
  ): Promise<MatrixResources> {
    const api = system.api;
    const inInstitution = (suffix: string) => `/v1/institutions/${institutionId}${suffix}`;
    await api.patch(
      inInstitution('/settings'),
      { employerApproval: { approval: 'review', permissions: ['post_jobs'] } },
      adminToken,
    );
    const labelId = await addLabel(system, adminToken, institutionId, 'Matrix');
    const contact = await addContact(system, adminToken, institutionId, { labelIds: [labelId] });
    const archived = await addContact(system, adminToken, institutionId);
    await api.post(inInstitution(`/contacts/${archived.id}/archive`), {}, adminToken);

    const student = await createUser(system.db, { userType: 'student' });
    await createMembership(system.db, student, institutionId, { roles: ['student'] });

    const company = await api.post(
      '/v1/companies',
      { name: `Matrix Co ${randomUUID().slice(0, 6)}` },
      adminToken,
    );
    // Employer callers join the company above (POST .../staff); its staff list is read of one none of them joins.
    const unjoined = await api.post(
      '/v1/companies',
      { name: `Matrix Unjoined Co ${randomUUID().slice(0, 6)}` },
      adminToken,
    );
    const companyStaff = await createUser(system.db, { userType: 'employer' });
    await system.db.query(
      'insert into directory.company_staff (user_id, company_id, joined_at) values ($1, $2, now())',
      [companyStaff.id, company.body['id']],
    );

    const asker = await signUpVerified(system, 'student');
    const asked = await api.post('/v1/me/join-requests', { institutionId }, asker.token);
    await api.post(inInstitution(`/join-requests/${asked.body['id']}/approve`), {}, adminToken);
    const bulkDecision = await api.post(
      inInstitution('/join-requests/bulk-approve'),
      { requestIds: [asked.body['id']] },
      adminToken,
    );

    const invitees = [
      await addContact(system, adminToken, institutionId),
      await addContact(system, adminToken, institutionId),
    ];
    const invite = await api.post(
      inInstitution('/bulk-invites'),
      { contactIds: invitees.map((one) => one.id) },
      adminToken,
    );
    await api.post(inInstitution(`/bulk-invites/${invite.body['id']}/send`), {}, adminToken);
    const [revoked, live] = await Promise.all(
      invitees.map(async (invitee) => ({
        id: await invitationOf(system, invitee.email),
        token: tokenIn(await system.smtp.waitForMail(invitee.email, /.*/, 30_000)),
      })),
    );
    await api.post(inInstitution(`/invitations/${revoked.id}/revoke`), {}, adminToken);

    const imports = new ImportsClient(system, institutionId, adminToken);
    const uploaded = await imports.upload(
      'first_name,last_name,email_address,username,user_type',
      [`Matrix,Row,matrix-row-${randomUUID().slice(0, 6)}@example.test,M1,Students`],
      { fileType: 'Students', mode: 'manual' },
    );
    await imports.run(uploaded.id);
    const activation = await api.post(inInstitution('/activation-emails'), {}, adminToken);
    const scimToken = await api.post(
      inInstitution('/scim-tokens'),
      { label: 'Matrix provider', userType: 'student' },
      adminToken,
    );

    const ids: PathIds = {
      institutionId,
      labelId,
      contactId: contact.id,
      userId: student.id,
      companyId: company.body['id'] as string,
      requestId: asked.body['id'] as string,
      inviteId: invite.body['id'] as string,
      bulkDecisionId: bulkDecision.body['id'] as string,
      invitationId: revoked.id,
      token: live.token,
      importId: uploaded.id,
      activationSendId: activation.body['id'] as string,
      tokenId: scimToken.body['id'] as string,
      // A SCIM route's person: a real one, so that the SCIM token alone decides.
      id: student.id,
    };
    const routeIds: Record<string, PathIds> = {
      'POST /v1/institutions/{institutionId}/contacts/{contactId}/archive': { contactId: archived.id },
      'DELETE /v1/companies/{companyId}/staff/{userId}': { userId: companyStaff.id },
      'GET /v1/companies/{companyId}/staff': { companyId: unjoined.body['id'] as string },
      'GET /scim/v2/Schemas/{id}': { id: 'urn:ietf:params:scim:schemas:core:2.0:User' },
      'GET /scim/v2/ResourceTypes/{id}': { id: 'User' },
    };
    return new MatrixResources(system, adminToken, ids, routeIds);
  }

  /**
   * The JSON body of one call of a route that takes one: empty, so that a caller let through gets the route's 400,
   * except where the service decides who may (from the body): there a real body, so that the answer is its decision.
   */
  bodyFor(route: string): Record<string, unknown> {
    const institutionId = this.ids['institutionId'];
    if (route === 'POST /v1/companies') return { name: `Matrix Co ${randomUUID()}`, institutionId };
    if (route === 'POST /v1/me/join-requests') return { institutionId };
    return {};
  }

  /** The ids for one call of the route (`METHOD /path`). */
  async forRoute(route: string): Promise<PathIds> {
    if (route === 'DELETE /v1/institutions/{institutionId}/labels/{labelId}') {
      // An allowed call deletes the label: each call gets one of its own.
      const labelId = await addLabel(
        this.system,
        this.adminToken,
        this.ids['institutionId'],
        `Doomed ${randomUUID()}`,
      );
      return { ...this.ids, labelId };
    }
    return { ...this.ids, ...this.routeIds[route] };
  }
}

async function invitationOf(system: TestSystem, email: string): Promise<string> {
  return waitFor(`an invitation for ${email}`, async () => {
    const [row] = await system.db.query<{ id: string }>(
      'select id from onboarding.invitation where email = $1',
      [email],
    );
    return row?.id;
  });
}
