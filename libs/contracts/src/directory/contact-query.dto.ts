import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CONTACT_SOURCES, ContactReply, ContactSource } from './contact.dto';

export const CONTACT_SORTS = ['name', 'email', 'createdAt', '-createdAt'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

/** `false` (the default): contacts in use; `true`: archived ones only; `any`: both. */
export const ARCHIVED_FILTERS = ['false', 'true', 'any'] as const;
export type ArchivedFilter = (typeof ARCHIVED_FILTERS)[number];

const asList = ({ value }: { value: unknown }) =>
  value === undefined || Array.isArray(value) ? value : [value];

/** The filter language of the address book: the same for the list and for services resolving contacts. */
export class ContactFilter {
  /**
   * Words, each the beginning of a word of the first or last name, email or company name, any case: at most 8, each
   * of at least 2 letters or digits.
   */
  @MaxLength(200)
  @IsString()
  @IsOptional()
  q?: string;

  /** Contacts with every one of these labels (repeat the parameter for more than one). */
  @IsUUID('all', { each: true, message: 'labelId must be a label id' })
  @ArrayMaxSize(20)
  @IsArray()
  @Transform(asList)
  @IsOptional()
  labelId?: string[];

  @IsIn(CONTACT_SOURCES, { each: true, message: `source must be one of ${CONTACT_SOURCES.join(', ')}` })
  @ArrayMaxSize(CONTACT_SOURCES.length)
  @IsArray()
  @Transform(asList)
  @IsOptional()
  source?: ContactSource[];

  @IsUUID('all', { message: 'companyId must be a UUID' })
  @IsOptional()
  companyId?: string;

  /** `true`: contacts that are also users; `false`: contacts only. */
  @IsIn(['true', 'false'], { message: 'linked must be true or false' })
  @IsOptional()
  linked?: 'true' | 'false';

  @IsIn(ARCHIVED_FILTERS, { message: `archived must be one of ${ARCHIVED_FILTERS.join(', ')}` })
  @IsOptional()
  archived?: ArchivedFilter;
}

export class ListContactsQuery extends ContactFilter {
  @IsIn(CONTACT_SORTS, { message: `sort must be one of ${CONTACT_SORTS.join(', ')}` })
  @IsOptional()
  sort?: ContactSort;

  /** `nextCursor` of the previous page. */
  @MaxLength(1000)
  @IsString()
  @IsOptional()
  cursor?: string;

  @Max(100)
  @Min(1)
  @IsInt({ message: 'limit must be a whole number' })
  @Type(() => Number)
  @IsOptional()
  limit?: number;
}

export class ListContactsCommand extends ListContactsQuery {
  @IsUUID()
  institutionId!: string;
}

export class ContactPageReply {
  /** At most `limit`; fewer when more would not fit in one reply (many long labels): follow `nextCursor`. */
  items!: ContactReply[];
  /** Pass as `cursor` for the next page; `null` on the last one. */
  nextCursor!: string | null;
}

export const RESOLVE_BATCH_MAX = 5000;

/**
 * For services working through many contacts (bulk invites): either these ids or every contact matching the filter,
 * a batch at a time in id order.
 */
export class ResolveContactsCommand {
  @IsUUID()
  institutionId!: string;

  @IsUUID('all', { each: true, message: 'contactIds must hold contact ids' })
  @ArrayMaxSize(RESOLVE_BATCH_MAX)
  @IsArray()
  @IsOptional()
  contactIds?: string[];

  @ValidateNested()
  @Type(() => ContactFilter)
  @IsOptional()
  filter?: ContactFilter;

  /** The last id of the previous batch. */
  @IsUUID()
  @IsOptional()
  after?: string;

  @Max(RESOLVE_BATCH_MAX)
  @Min(1)
  @IsInt()
  @IsOptional()
  limit?: number;
}

/** What a bulk operation needs to know of a contact. */
export class ContactSummary {
  id!: string;
  email!: string;
  firstName!: string;
  lastName!: string;
  companyId!: string | null;
  linkedUserId!: string | null;
  archived!: boolean;
}

export class ResolvedContactsReply {
  /**
   * At most `limit`; fewer when more would not fit in one NATS message, or when a filter by label finds that some of
   * the label's next contacts do not match the rest of it (possibly none): follow `next` in both modes until null.
   */
  items!: ContactSummary[];
  /** Pass as `after` for the next batch; `null` when there is no more. */
  next!: string | null;
}
