import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CompanyCommand,
  CompanyStaffOfUsersCommand,
  CompanyStaffOfUsersReply,
  CompanyPageReply,
  CompanyReply,
  CompanyStaffCommand,
  CompanyStaffListReply,
  CompanyStaffMemberReply,
  CreateCompanyCommand,
  DirectorySubjects,
  ListCompanyStaffCommand,
  SearchCompaniesQuery,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { CompaniesService } from './companies.service';

@RpcController()
export class CompaniesController {
  constructor(
    private readonly em: EntityManager,
    private readonly companies: CompaniesService,
  ) {}

  @MessagePattern(DirectorySubjects.createCompany)
  @CreateRequestContext()
  create(@Payload() command: CreateCompanyCommand): Promise<CompanyReply> {
    return this.companies.create(this.em, command);
  }

  @MessagePattern(DirectorySubjects.getCompany)
  @CreateRequestContext()
  get(@Payload() request: CompanyCommand): Promise<CompanyReply> {
    return this.companies.get(this.em, request.companyId);
  }

  @MessagePattern(DirectorySubjects.searchCompanies)
  @CreateRequestContext()
  search(@Payload() query: SearchCompaniesQuery): Promise<CompanyPageReply> {
    return this.companies.search(this.em, query);
  }

  @MessagePattern(DirectorySubjects.listCompanyStaff)
  @CreateRequestContext()
  listStaff(@Payload() query: ListCompanyStaffCommand): Promise<CompanyStaffListReply> {
    return this.companies.listStaff(this.em, query);
  }

  @MessagePattern(DirectorySubjects.joinCompany)
  @CreateRequestContext()
  join(@Payload() command: CompanyStaffCommand): Promise<CompanyStaffMemberReply> {
    return this.companies.join(this.em, command.companyId, command.actor);
  }

  @MessagePattern(DirectorySubjects.leaveCompany)
  @CreateRequestContext()
  async leave(@Payload() command: CompanyStaffCommand): Promise<Record<string, never>> {
    await this.companies.leave(this.em, command.companyId, command.userId, command.actor);
    return {};
  }

  @MessagePattern(DirectorySubjects.companyStaffOfUsers)
  @CreateRequestContext()
  staffOfUsers(@Payload() command: CompanyStaffOfUsersCommand): Promise<CompanyStaffOfUsersReply> {
    return this.companies.staffOfUsers(this.em, command);
  }
}
