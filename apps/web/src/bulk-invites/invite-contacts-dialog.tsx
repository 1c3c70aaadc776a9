import { Anchor, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { components } from '@careers/api-client';
import { useEffect, useRef } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../api/api';
import { answer, ApiProblem } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { isSchoolAdmin, useMe } from '../session/use-me';
import { discardDraft } from './discard-draft';

type CreateBulkInvite = components['schemas']['CreateBulkInviteRequest'];

/** Which contacts an invite is for: the checked ones, or all the results of the contacts page's filter. */
export type InviteSelection =
  | { kind: 'checked'; body: CreateBulkInvite }
  | { kind: 'all'; body: CreateBulkInvite };

function defaultsMissing(error: unknown): boolean {
  return error instanceof ApiProblem && error.status === 409 && /approval.defaults.missing/.test(error.code);
}

/**
 * "Invite employer contacts": drafts the invite to count who gets an email, and asks to confirm; while the
 * school's default employer-approval setting is not set, reminds staff to set it first.
 */
export function InviteContactsDialog({
  institutionId,
  selection,
  onClose,
}: {
  institutionId: string;
  selection: InviteSelection | null;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const me = useMe();
  const settings = useQuery({
    queryKey: ['settings', institutionId],
    queryFn: () =>
      answer(api.GET('/v1/institutions/{institutionId}/settings', { params: { path: { institutionId } } })),
    enabled: selection !== null,
  });
  // Whether the dialog is still open when a draft comes back: one cancelled while it was being made is discarded.
  const open = useRef(false);
  useEffect(() => {
    open.current = selection !== null;
  }, [selection]);
  const draft = useMutation({
    mutationFn: (body: CreateBulkInvite) =>
      answer(
        api.POST('/v1/institutions/{institutionId}/bulk-invites', {
          params: { path: { institutionId } },
          body,
        }),
      ),
    onSuccess: (made) => {
      if (!open.current) void discardDraft(institutionId, made.id).catch(() => undefined);
    },
  });
  // Read afresh each time the dialog opens: an administrator may have set the defaults since.
  const defaultsSet =
    settings.data && !settings.isFetching ? settings.data.employerApproval !== null : undefined;
  const { mutate, reset } = draft;
  useEffect(() => {
    if (selection && defaultsSet) mutate(selection.body);
    if (!selection) reset();
  }, [selection, defaultsSet, mutate, reset]);

  const reminder = defaultsSet === false || defaultsMissing(draft.error);
  const invite = draft.data;
  // Closed without confirming: the draft made only to count the contacts leaves the history.
  const cancel = () => {
    // One not discarded (the API out of reach) stays in the history as a draft, to send or discard from there.
    if (invite) void discardDraft(institutionId, invite.id).catch(() => undefined);
    onClose();
  };
  return (
    <Modal
      opened={selection !== null}
      onClose={cancel}
      title="Invite employer contacts"
      closeButtonProps={{ 'aria-label': 'Close the dialog' }}
      transitionProps={{ duration: 0 }}
      size="lg"
    >
      <Stack>
        {(settings.isLoading || draft.isPending) && <Loader aria-label="Counting the contacts" />}
        {reminder ? (
          <>
            <Text>
              Set your school’s default employer approval setting before inviting employers. Every contact who
              creates an account from the invitation then asks to connect with your school, and once approved
              gets the default permissions.
            </Text>
            {!isSchoolAdmin(me.data, institutionId) && (
              <Text>Only a career services administrator can change it: ask one of them to set it.</Text>
            )}
            <Group>
              <Anchor component={Link} to={`/schools/${institutionId}/settings`}>
                Go to School settings
              </Anchor>
              <Button variant="default" onClick={onClose}>
                Close
              </Button>
            </Group>
          </>
        ) : (
          <>
            <ProblemAlert error={settings.error ?? draft.error} />
            {invite && (
              <>
                <Text>
                  {invite.demographics.emails === 1
                    ? '1 contact will get an email'
                    : `${invite.demographics.emails} contacts will get an email`}{' '}
                  (of the {invite.demographics.contacts}{' '}
                  {selection?.kind === 'checked' ? 'checked' : 'matching'}).
                </Text>
                <Text>
                  Contacts without an account are invited to create one and join your school; contacts with an
                  account get a link that asks your school to connect; those tied to a company have your
                  school added to their schools with a connection request for you to review. Contacts
                  connected already get no email.
                </Text>
                <Text>Confirm to see the invitation demographics before you send.</Text>
                <Group>
                  <Button onClick={() => navigate(`/schools/${institutionId}/bulk-invites/${invite.id}`)}>
                    Confirm
                  </Button>
                  <Button variant="default" onClick={cancel}>
                    Cancel
                  </Button>
                </Group>
              </>
            )}
          </>
        )}
      </Stack>
    </Modal>
  );
}
