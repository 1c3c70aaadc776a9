import type { AccountByEmail } from '@careers/contracts';
import { Finding, finding } from '../analysis/finding';
import type { RowDecision } from '@careers/contracts';

const COLUMN_OF: Record<string, string> = { username: 'username', authIdentifier: 'auth_identifier' };

/**
 * The analyzers that read the system: what a row's decision will do that people should know before they run it.
 * They are warnings: such a row fails or is skipped in the run, and the others still go in.
 */
export function planFindings(
  row: number,
  decision: RowDecision,
  account: AccountByEmail | undefined,
): Finding[] {
  const found: Finding[] = [];
  if (decision.outcome === 'fail' && decision.code) {
    const code = decision.code === 'sensitive_fields' ? 'sensitive_field_change' : decision.code;
    // A sensitive change names the first field it would change.
    const [change] = decision.changes;
    const where = change ? { row, column: COLUMN_OF[change.field], value: change.to } : { row };
    found.push(finding('warning', code, `This row will fail: ${decision.reason}.`, where));
  }
  if (decision.outcome === 'skip' && decision.code) {
    found.push(finding('warning', decision.code, `This row will be skipped: ${decision.reason}.`, { row }));
  }
  for (const change of decision.changes) {
    if (decision.outcome === 'update' && COLUMN_OF[change.field]) {
      found.push(
        finding(
          'warning',
          'sensitive_field_change',
          `This row will change ${change.field} from ${change.from} to ${change.to}.`,
          {
            row,
            column: COLUMN_OF[change.field],
            value: change.to,
          },
        ),
      );
    }
  }
  if (account?.membership?.status === 'pending') {
    found.push(
      finding(
        'warning',
        'pending_account',
        decision.approvesPendingRequest
          ? 'The row matches a pending self-made account: the run approves its request to join.'
          : 'The row matches a pending self-made account (its request to join waits for review).',
        { row, column: 'email_address', value: account.email },
      ),
    );
  }
  return found;
}
