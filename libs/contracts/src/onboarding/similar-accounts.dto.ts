import { ArrayMaxSize, IsArray, IsString, IsUUID, MaxLength } from 'class-validator';
import type { SimilarAccountReply } from './join-request.dto';

/** Onboarding asks identity for the institution's members with these names (any case). */
export class FindMembersByNameCommand {
  @IsUUID()
  institutionId!: string;

  @MaxLength(200, { each: true })
  @IsString({ each: true })
  @ArrayMaxSize(100)
  @IsArray()
  names!: string[];
}

export class MembersByNameReply {
  items!: SimilarAccountReply[];
}
