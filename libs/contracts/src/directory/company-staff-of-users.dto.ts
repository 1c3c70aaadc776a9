import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';

/** Which of these users are on a company's staff. */
export class CompanyStaffOfUsersCommand {
  @IsUUID('all', { each: true })
  @ArrayMaxSize(5000)
  @IsArray()
  userIds!: string[];
}

export class CompanyStaffOfUsersReply {
  items!: Array<{ userId: string; companyId: string }>;
}
