import type { Import } from '../imports/import.entity';

/** The share of the matched people whose email a sync may give differently before it is stopped. */
export const EMAIL_CHANGE_LIMIT = 0.1;

/**
 * A sync file that gives many of the people it matches (by username) another email is more likely a broken export
 * than that many people changing address: such a run stops before writing anything and says why.
 */
export function emailChangeStop(imported: Import): string | null {
  if (imported.mode !== 'sync' || imported.runMatched === 0) return null;
  const share = imported.runEmailChanges / imported.runMatched;
  if (share <= EMAIL_CHANGE_LIMIT) return null;
  return (
    `the file would change the email of ${imported.runEmailChanges} of the ${imported.runMatched} people it ` +
    `matches by username (${Math.round(share * 100)}%); a sync stops without writing anything when more than ` +
    `${EMAIL_CHANGE_LIMIT * 100}% would change: check the file's email_address column`
  );
}
