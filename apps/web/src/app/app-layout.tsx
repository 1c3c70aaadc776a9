import { Anchor, AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, NavLink as RouterNavLink, Outlet, useMatch } from 'react-router-dom';
import { staffMemberships, useMe, worksAt } from '../session/use-me';
import { CONSOLE_SECTIONS } from './console-nav';
import { PendingRequestsLink } from './pending-requests-link';
import { SchoolPicker } from './school-picker';
import { UserMenu } from './user-menu';

/** The signed-in frame: the header with the school, the pending requests and the person's menu; the console's sections. */
export function AppLayout() {
  const [opened, { toggle }] = useDisclosure();
  const me = useMe();
  const institutionId = useMatch('/schools/:institutionId/*')?.params.institutionId;
  const staffSchools = staffMemberships(me.data);
  const inConsole = institutionId !== undefined && worksAt(me.data, institutionId);
  const isAdmin = me.data?.userType === 'platform_admin';
  const isEmployer = me.data?.userType === 'employer';

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Anchor component={Link} to="/" fw={700} size="lg" underline="never">
              Career services
            </Anchor>
            {staffSchools.length > 0 && <SchoolPicker schools={staffSchools} current={institutionId} />}
          </Group>
          <Group wrap="nowrap">
            {inConsole && <PendingRequestsLink institutionId={institutionId} />}
            {me.data && <UserMenu me={me.data} />}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Sections">
        {/* The browser's own scroll bar when the sections outgrow the window. */}
        <AppShell.Section grow style={{ overflowY: 'auto' }}>
          {inConsole &&
            groups().map(([group, sections]) => (
              <div key={group}>
                <Text size="xs" fw={700} c="gray.7" tt="uppercase" px="sm" pt="sm">
                  {group}
                </Text>
                {sections.map((section) => (
                  <NavLink
                    key={section.path}
                    component={RouterNavLink}
                    to={`/schools/${institutionId}/${section.path}`}
                    label={section.label}
                  />
                ))}
              </div>
            ))}
          {isAdmin && <NavLink component={RouterNavLink} to="/admin/institutions" label="Institutions" />}
          <Text size="xs" fw={700} c="gray.7" tt="uppercase" px="sm" pt="sm">
            You
          </Text>
          <NavLink component={RouterNavLink} to="/me" end label="Profile" />
          <NavLink component={RouterNavLink} to="/me/schools" label="My schools" />
          <NavLink component={RouterNavLink} to="/me/requests" label="My requests" />
          {isEmployer && <NavLink component={RouterNavLink} to="/companies" label="Companies" />}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

function groups() {
  const byGroup = new Map<string, typeof CONSOLE_SECTIONS>();
  for (const section of CONSOLE_SECTIONS)
    byGroup.set(section.group, [...(byGroup.get(section.group) ?? []), section]);
  return [...byGroup.entries()];
}
