import { Button, Menu } from '@mantine/core';
import { Link } from 'react-router-dom';
import { session } from '../session/session-store';
import type { Me } from '../session/use-me';

export function UserMenu({ me }: { me: Me }) {
  // A fresh page load: nothing of the person stays in memory (cached answers), and the sign-in page does not send
  // the next person back to this one.
  const signOut = () => {
    session.signOut();
    window.location.assign('/login');
  };
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default">{me.name}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/me">
          Profile
        </Menu.Item>
        <Menu.Item component={Link} to="/me/schools">
          My schools
        </Menu.Item>
        <Menu.Item onClick={signOut}>Sign out</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
