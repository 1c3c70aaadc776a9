import { ConflictError, ForbiddenError, NotFoundError } from '@careers/messaging';
import type { Company } from './company.entity';

export class CompanyNotFound extends NotFoundError {
  constructor(companyId: string) {
    super('company_not_found', `No company ${companyId}.`);
  }
}

/** The staff list of a company the caller is not on: as if there were none to see. */
export class CompanyStaffHidden extends NotFoundError {
  constructor(companyId: string) {
    super('company_staff_not_found', `No staff of company ${companyId} to show you.`);
  }
}

export class CompanyDomainTaken extends ConflictError {
  constructor(existing: Company) {
    super(
      'company_domain_taken',
      `The company ${existing.name} (${existing.id}) has the domain ${existing.domain}.`,
      [{ field: 'domain', message: `belongs to the company ${existing.id}` }],
    );
  }
}

/**
 * A company with a domain takes on staff with an email at it only: otherwise anyone could sign up as an employer,
 * join any company and read who works there.
 */
export class CompanyDomainMismatch extends ForbiddenError {
  constructor(companyName: string, domain: string) {
    super(
      'company_domain_mismatch',
      `${companyName} takes on staff with an email at ${domain} only; sign up or sign in with your email there.`,
    );
  }
}

/** An employer is on one company's staff at a time. */
export class AlreadyOnCompanyStaff extends ConflictError {
  constructor(company: Company) {
    super(
      'already_on_company_staff',
      `You are on the staff of ${company.name} (${company.id}); leave it before joining another company.`,
    );
  }
}

export class NotCompanyStaff extends NotFoundError {
  constructor(userId: string, companyId: string) {
    super('not_company_staff', `User ${userId} is not on the staff of company ${companyId}.`);
  }
}

export class EmployersOnly extends ForbiddenError {
  constructor(what: string) {
    super('employers_only', `Only employer users ${what}.`);
  }
}

export class OnlyThemselvesLeave extends ForbiddenError {
  constructor() {
    super(
      'only_themselves_leave',
      'Only the staff member themselves, or a platform administrator, may take them off a company’s staff.',
    );
  }
}
