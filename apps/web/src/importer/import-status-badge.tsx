import { Badge } from '@mantine/core';
import { words } from '../ui/words';
import { IMPORT_STATUS_COLORS, IMPORT_STATUS_WORDS, type Import } from './import-words';

/** An import's status in words (the colour only repeats them). */
export function ImportStatusBadge({ status }: { status: Import['status'] }) {
  return (
    <Badge variant="light" color={IMPORT_STATUS_COLORS[status] ?? 'gray'}>
      {words(IMPORT_STATUS_WORDS, status)}
    </Badge>
  );
}
