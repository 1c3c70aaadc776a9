import { Button, Menu } from '@mantine/core';

/** "Bulk actions on all results" and "Bulk actions on checked items", each with "Invite employer contacts". */
export function BulkActionsMenu({
  checkedCount,
  onInviteAll,
  onInviteChecked,
}: {
  checkedCount: number;
  onInviteAll: () => void;
  onInviteChecked: () => void;
}) {
  return (
    <Menu position="bottom-end" withinPortal transitionProps={{ duration: 0 }}>
      <Menu.Target>
        <Button variant="default">Bulk actions</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Bulk actions on all results</Menu.Label>
        <Menu.Item onClick={onInviteAll}>Invite employer contacts</Menu.Item>
        <Menu.Divider />
        <Menu.Label>Bulk actions on checked items ({checkedCount})</Menu.Label>
        <Menu.Item onClick={onInviteChecked} disabled={checkedCount === 0}>
          Invite checked employer contacts
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
