import { Container, Title } from '@mantine/core';
import { Outlet } from 'react-router-dom';

/** The pages reached signed out (sign in, sign up, the pages mail links open): one narrow column. */
export function PublicLayout() {
  return (
    <>
      <header>
        <Container size="xs" pt="xl">
          <Title order={2} component="p" c="indigo.8">
            Career services
          </Title>
        </Container>
      </header>
      <Container size="xs" py="lg" component="main">
        <Outlet />
      </Container>
    </>
  );
}
