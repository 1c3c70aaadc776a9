import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <Container size="xs" py="xl" component="main">
      <Stack>
        <Title order={1}>Page not found</Title>
        <Text>There is no page at this address. It may have moved, or the link was cut short.</Text>
        <Anchor component={Link} to="/">
          Go to the start page
        </Anchor>
      </Stack>
    </Container>
  );
}
