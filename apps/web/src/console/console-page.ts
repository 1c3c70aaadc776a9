import type { ComponentType } from 'react';

/** A page of the staff console: it gets the school whose console is open. */
export type ConsolePage = ComponentType<{ institutionId: string }>;
