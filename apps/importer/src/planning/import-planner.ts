import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { IdentitySubjects, IMPORT_LOOKUP_MAX, ImportLookupReply, UserType } from '@careers/contracts';
import { ServiceClient } from '@careers/messaging';
import type { Finding } from '../analysis/finding';
import { decideUserRow } from '../decisions/user-row-decision';
import { ImportRow } from '../imports/import-row.entity';
import type { Import } from '../imports/import.entity';
import { ImportStore } from '../imports/import-store';
import { planFindings } from './plan-findings';

const USER_TYPE_OF_FILE: Record<string, UserType> = {
  Students: 'student',
  Alumni: 'alumni',
  Mentors: 'mentor',
};

/**
 * The dry run, on upload: every row without errors is decided by the same code the run uses, against what identity
 * knows now, a batch of rows per request (never a request per row); each row keeps its planned outcome and the
 * system analyzers' findings are written.
 */
@Injectable()
export class ImportPlanner {
  constructor(private readonly services: ServiceClient) {}

  async plan(em: EntityManager, imported: Import, store: ImportStore): Promise<number> {
    const userType = USER_TYPE_OF_FILE[imported.fileType];
    if (!userType) return 0;
    let warnings = 0;
    let after = 0;
    for (;;) {
      const rows = await em.find(
        ImportRow,
        { importId: imported.id, errors: 0, row: { $gt: after } },
        { orderBy: { row: 'asc' }, limit: IMPORT_LOOKUP_MAX, disableIdentityMap: true },
      );
      if (rows.length === 0) return warnings;
      const lookup = await this.lookup(imported.institutionId, rows);
      const findings: Finding[] = [];
      const plans = rows.map((row) => {
        const account = lookup.accounts.get(row.values['email_address'].toLowerCase());
        const holder = lookup.members.get(row.values['username'].toLowerCase());
        const decision = decideUserRow(row.values, {
          mode: imported.mode,
          sensitiveFields: imported.sensitiveFields,
          userType,
          account,
          holder,
        });
        findings.push(...planFindings(row.row, decision, account));
        return { row: row.row, decision };
      });
      await store.writePlans(plans);
      await store.writeFindings(findings);
      warnings += findings.length;
      after = rows[rows.length - 1].row;
    }
  }

  private async lookup(institutionId: string, rows: ImportRow[]) {
    const reply: ImportLookupReply = await this.services.request(IdentitySubjects.importLookup, {
      institutionId,
      emails: rows.map((row) => row.values['email_address']),
      usernames: rows.map((row) => row.values['username']),
    });
    return {
      accounts: new Map(reply.accounts.map((account) => [account.email.toLowerCase(), account])),
      members: new Map(reply.members.map((member) => [member.username.toLowerCase(), member])),
    };
  }
}
