import { Filter, parse } from 'scim2-parse-filter';
import { ScimError } from './scim-error';

/** The identifiers a list may be filtered on, each by equality (RFC 7644's `eq`, case-insensitive here). */
export interface ScimUserFilter {
  username?: string;
  email?: string;
  externalId?: string;
}

/** The longest filter read. */
export const SCIM_FILTER_MAX = 500;

/** The filterable attributes, by their lower-cased SCIM paths (attribute names are case-insensitive). */
const ATTRIBUTES: Record<string, keyof ScimUserFilter> = {
  username: 'username',
  'urn:ietf:params:scim:schemas:core:2.0:user:username': 'username',
  'emails.value': 'email',
  emails: 'email',
  externalid: 'externalId',
};

/**
 * A list's `filter`, read by `scim2-parse-filter`: `eq` on `userName`, `emails.value` (or `emails[value eq "…"]`) and
 * `externalId`, joined by `and`. What the provisioning clients send; anything else is an `invalidFilter`.
 */
export function scimUserFilter(filter: string | undefined): ScimUserFilter {
  if (filter === undefined || filter.trim() === '') return {};
  if (filter.length > SCIM_FILTER_MAX)
    throw invalid(`The filter is longer than ${SCIM_FILTER_MAX} characters.`);
  let parsed: Filter;
  try {
    parsed = parse(filter);
  } catch (error) {
    throw invalid(`The filter is not SCIM filter syntax: ${(error as Error).message}`);
  }
  const wanted: ScimUserFilter = {};
  for (const comparison of comparisons(parsed)) {
    const key = ATTRIBUTES[comparison.attrPath.toLowerCase()];
    if (!key)
      throw invalid(
        `Filtering on ${comparison.attrPath} is not supported: use userName, emails.value or externalId.`,
      );
    if (wanted[key] !== undefined && wanted[key] !== comparison.value)
      throw invalid(`The filter names ${comparison.attrPath} twice.`);
    wanted[key] = comparison.value;
  }
  return wanted;
}

function comparisons(filter: Filter): Array<{ attrPath: string; value: string }> {
  if (filter.op === 'and') return filter.filters.flatMap(comparisons);
  if (
    filter.op === '[]' &&
    filter.valFilter.op === 'eq' &&
    filter.valFilter.attrPath.toLowerCase() === 'value'
  )
    return comparisons({ ...filter.valFilter, attrPath: `${filter.attrPath}.value` });
  if (filter.op === 'eq' && typeof filter.compValue === 'string')
    return [{ attrPath: filter.attrPath, value: filter.compValue }];
  throw invalid('Only eq comparisons of text joined by and are supported.');
}

function invalid(detail: string): ScimError {
  return new ScimError(400, detail, 'invalidFilter');
}
