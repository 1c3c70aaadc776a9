import { Button, Loader, Stack } from '@mantine/core';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ReactNode, Suspense } from 'react';
import { ProblemAlert } from './problem-alert';

/**
 * A part of a page whose queries (`useSuspenseQuery` and the like) are read together: one loader until every one
 * has its first answer, then the whole part at once, so nothing moves under the reader's eyes as answers arrive
 * one by one; a refused request is shown in words in its place, with "Try again" to read it afresh.
 */
export function LoadingSection({ label, children }: { label: string; children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ProblemBoundary onRetry={reset}>
          <Suspense fallback={<Loader aria-label={label} />}>{children}</Suspense>
        </ProblemBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

class ProblemBoundary extends Component<{ children: ReactNode; onRetry: () => void }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  private readonly retry = () => {
    // The failed queries are let to run again, then the part is rendered afresh.
    this.props.onRetry();
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Stack gap="xs" align="flex-start">
        <ProblemAlert error={this.state.error} />
        <Button variant="default" onClick={this.retry}>
          Try again
        </Button>
      </Stack>
    );
  }
}
