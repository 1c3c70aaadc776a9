import { Loader } from '@mantine/core';
import { Component, type ReactNode, Suspense } from 'react';
import { ProblemAlert } from './problem-alert';

/**
 * A part of a page whose queries (`useSuspenseQuery` and the like) are read together: one loader until every one
 * has its first answer, then the whole part at once, so nothing moves under the reader's eyes as answers arrive
 * one by one; a refused request is shown in words in its place.
 */
export function LoadingSection({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ProblemBoundary>
      <Suspense fallback={<Loader aria-label={label} />}>{children}</Suspense>
    </ProblemBoundary>
  );
}

class ProblemBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    return this.state.error ? <ProblemAlert error={this.state.error} /> : this.props.children;
  }
}
