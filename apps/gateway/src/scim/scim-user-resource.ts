import { SCIM_USER_TYPES, ScimPerson, ScimUserType } from '@careers/contracts';
import { ScimError } from './scim-error';

export const SCIM_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';

/** This platform's extension of the user: the type of account a person is provisioned as. */
export const SCIM_CAREERS_EXTENSION = 'urn:ietf:params:scim:schemas:extension:careers:2.0:User';

/** The longest text an attribute of a provisioned person may have (a name part, an identifier). */
const TEXT_MAX = { userName: 200, email: 254, externalId: 200, namePart: 100 };

/** The User resource as SCIM clients read it (RFC 7643, section 4.1); the attributes this platform keeps. */
export interface ScimUserResource {
  schemas: string[];
  id: string;
  externalId?: string;
  userName: string;
  name: { formatted: string; givenName: string; familyName: string };
  displayName: string;
  emails: Array<{ value: string; type: string; primary: boolean }>;
  active: boolean;
  [SCIM_CAREERS_EXTENSION]: { userType: ScimUserType };
  meta: { resourceType: 'User'; created: string; lastModified: string; location: string };
}

/** What a client asks a person to be: the fields identity provisions. */
export interface ScimUserFields {
  userName: string;
  email: string;
  givenName: string;
  familyName: string;
  externalId?: string;
  active: boolean;
  userType?: ScimUserType;
}

export function scimUserOf(person: ScimPerson, baseUrl: string): ScimUserResource {
  const { givenName, familyName } = nameParts(person.name);
  return {
    schemas: [SCIM_USER_SCHEMA, SCIM_CAREERS_EXTENSION],
    id: person.userId,
    ...(person.externalId ? { externalId: person.externalId } : {}),
    userName: person.username,
    name: { formatted: person.name, givenName, familyName },
    displayName: person.name,
    emails: [{ value: person.email, type: 'work', primary: true }],
    active: person.active,
    [SCIM_CAREERS_EXTENSION]: { userType: person.userType },
    meta: {
      resourceType: 'User',
      created: person.createdAt,
      lastModified: person.updatedAt,
      location: `${baseUrl}/Users/${person.userId}`,
    },
  };
}

/**
 * The fields of a User a client sent (a create, a replace, or a resource a patch produced). Attributes this platform
 * does not keep (titles, phone numbers, addresses, the enterprise extension) are ignored, as RFC 7643 lets a service
 * provider do; a kept one of the wrong shape is an `invalidValue`.
 */
export function scimUserFields(body: unknown): ScimUserFields {
  if (!isObject(body)) throw ScimError.invalidValue('The body must be a SCIM User resource (a JSON object).');
  const userName = text(body['userName'], 'userName', TEXT_MAX.userName);
  if (!userName) throw ScimError.invalidValue('userName is required.');
  const email = primaryEmail(body['emails']);
  const { givenName, familyName } = namesOf(body);
  const externalId =
    body['externalId'] === null ? undefined : text(body['externalId'], 'externalId', TEXT_MAX.externalId);
  return {
    userName,
    email,
    givenName,
    familyName,
    ...(externalId ? { externalId } : {}),
    active: activeOf(body['active']),
    ...userTypeOf(body[SCIM_CAREERS_EXTENSION]),
  };
}

/** The primary email, or the only one: the account's email. */
function primaryEmail(emails: unknown): string {
  if (!Array.isArray(emails) || emails.length === 0)
    throw ScimError.invalidValue('emails must hold the primary email.');
  if (emails.length > 10) throw ScimError.invalidValue('emails holds at most 10 entries.');
  const entries = emails.filter(isObject);
  const primary =
    entries.find((entry) => booleanOf(entry['primary'], 'emails.primary') === true) ?? entries[0];
  const value = primary ? text(primary['value'], 'emails.value', TEXT_MAX.email) : undefined;
  if (!value || !/^[^\s@]+@[^\s@]+$/.test(value))
    throw ScimError.invalidValue('The primary email must be an email address.');
  return value;
}

/** `name.givenName` and `name.familyName`, or else `name.formatted` or `displayName` split at its last space. */
function namesOf(body: Record<string, unknown>): { givenName: string; familyName: string } {
  const name = body['name'] === undefined || body['name'] === null ? {} : body['name'];
  if (!isObject(name)) throw ScimError.invalidValue('name must be an object.');
  const givenName = text(name['givenName'], 'name.givenName', TEXT_MAX.namePart);
  const familyName = text(name['familyName'], 'name.familyName', TEXT_MAX.namePart);
  if (givenName || familyName) return { givenName: givenName ?? '', familyName: familyName ?? '' };
  const whole =
    text(name['formatted'], 'name.formatted', TEXT_MAX.namePart * 2) ??
    text(body['displayName'], 'displayName', TEXT_MAX.namePart * 2);
  if (!whole)
    throw ScimError.invalidValue('name.givenName and name.familyName (or name.formatted) are required.');
  return nameParts(whole);
}

function nameParts(name: string): { givenName: string; familyName: string } {
  const trimmed = name.trim();
  const space = trimmed.lastIndexOf(' ');
  return space < 0
    ? { givenName: trimmed, familyName: '' }
    : { givenName: trimmed.slice(0, space).trim(), familyName: trimmed.slice(space + 1) };
}

/** Absent is active; Entra ID sends its booleans as the strings "True" and "False". */
function activeOf(value: unknown): boolean {
  return booleanOf(value, 'active') ?? true;
}

function booleanOf(value: unknown, field: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw ScimError.invalidValue(`${field} must be a boolean.`);
}

function userTypeOf(extension: unknown): { userType?: ScimUserType } {
  if (extension === undefined || extension === null) return {};
  if (!isObject(extension)) throw ScimError.invalidValue(`${SCIM_CAREERS_EXTENSION} must be an object.`);
  const userType = extension['userType'];
  if (userType === undefined || userType === null) return {};
  if (!SCIM_USER_TYPES.includes(userType as ScimUserType))
    throw ScimError.invalidValue(`userType must be one of ${SCIM_USER_TYPES.join(', ')}.`);
  return { userType: userType as ScimUserType };
}

function text(value: unknown, field: string, max: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw ScimError.invalidValue(`${field} must be a string.`);
  const trimmed = value.trim();
  if (trimmed.length > max) throw ScimError.invalidValue(`${field} is longer than ${max} characters.`);
  return trimmed === '' ? undefined : trimmed;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
