import { Button, Menu } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { session } from '../session/session-store';
import type { Me } from '../session/use-me';

export function UserMenu({ me }: { me: Me }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = () => {
    session.signOut();
    queryClient.clear();
    void navigate('/login');
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
