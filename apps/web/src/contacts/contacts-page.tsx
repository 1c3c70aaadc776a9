import { Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { InviteContactsDialog, type InviteSelection } from '../bulk-invites/invite-contacts-dialog';
import type { ConsolePage } from '../console/console-page';
import { BulkActionsMenu } from './bulk-actions-menu';
import { ContactFilterBar } from './contact-filter-bar';
import { contactFilter, searchWords, useContactView } from './contact-filters';
import { ContactsTable } from './contacts-table';

const PAGE_SIZE = 50;

/**
 * Relationships → Contacts: the school's address book, searched as staff type and filtered, a page of 50 at a
 * time (the cursors of the pages before are kept, so Previous works through any number of contacts); checked
 * contacts or all results can be invited to become users.
 */
export const ContactsPage: ConsolePage = ({ institutionId }) => {
  const [view, changeView] = useContactView();
  // What is typed stays in the box as typed; the address (and the search) follows it once typing pauses.
  const [search, setSearch] = useState(view.search);
  const [typed] = useDebouncedValue(search, 300);
  useEffect(() => {
    if (typed !== view.search) changeView({ search: typed });
  }, [typed, view.search, changeView]);
  const filter = contactFilter(view, searchWords(typed));
  const filterKey = JSON.stringify([filter, view.sort]);
  const [paging, setPaging] = useState<{ filterKey: string; cursors: (string | undefined)[] }>({
    filterKey,
    cursors: [undefined],
  });
  // A new filter starts again from its first page.
  const cursors = paging.filterKey === filterKey ? paging.cursors : [undefined];
  const setCursors = (change: (stack: (string | undefined)[]) => (string | undefined)[]) =>
    setPaging({ filterKey, cursors: change(cursors) });
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [inviting, setInviting] = useState<InviteSelection | null>(null);

  const cursor = cursors[cursors.length - 1];
  const page = useQuery({
    queryKey: ['contacts', institutionId, filterKey, cursor],
    queryFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/contacts', {
          params: {
            path: { institutionId },
            query: { ...filter, sort: view.sort, cursor, limit: PAGE_SIZE },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const contacts = page.data?.items ?? [];
  const nextCursor = page.data?.nextCursor;

  // The same function for the page's life, so that checking one contact renders its row alone again.
  const check = useCallback(
    (contactIds: string[], on: boolean) =>
      setChecked((current) => {
        const next = new Set(current);
        for (const id of contactIds) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      }),
    [],
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Contacts</Title>
        <Group>
          <Anchor component={Link} to="labels">
            Manage labels
          </Anchor>
          <Button component={Link} to="new">
            Add a contact
          </Button>
          <BulkActionsMenu
            checkedCount={checked.size}
            onInviteAll={() => setInviting({ kind: 'all', body: { filter } })}
            onInviteChecked={() => setInviting({ kind: 'checked', body: { contactIds: [...checked] } })}
          />
        </Group>
      </Group>
      <ContactFilterBar
        institutionId={institutionId}
        view={view}
        search={search}
        onSearch={setSearch}
        onChange={changeView}
      />
      <ProblemAlert error={page.error} />
      {page.isLoading && <Loader aria-label="Loading contacts" />}
      {page.data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {checked.size > 0 ? `${checked.size} checked · ` : ''}Page {cursors.length}
            {contacts.length > 0 ? `, ${contacts.length} contacts shown` : ''}
          </Text>
          <ContactsTable
            institutionId={institutionId}
            contacts={contacts}
            checked={checked}
            onCheck={check}
          />
          {contacts.length === 0 && <Text>No contact matches.</Text>}
        </>
      )}
      <Group>
        <Button
          variant="default"
          disabled={cursors.length === 1}
          onClick={() => setCursors((stack) => stack.slice(0, -1))}
        >
          Previous page
        </Button>
        <Button
          variant="default"
          disabled={!nextCursor || page.isPlaceholderData}
          onClick={() => nextCursor && setCursors((stack) => [...stack, nextCursor])}
        >
          Next page
        </Button>
      </Group>
      <InviteContactsDialog
        institutionId={institutionId}
        selection={inviting}
        onClose={() => setInviting(null)}
      />
    </Stack>
  );
};
