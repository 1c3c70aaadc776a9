import { isEmailAddress } from './email-address';

/** What a column's values must be. Every rule bounds the length of a value. */
export type ColumnRule =
  | { kind: 'text'; maxLength: number }
  | { kind: 'email' }
  | { kind: 'exactly'; value: string }
  | { kind: 'oneOf'; values: readonly string[] }
  | { kind: 'wholeNumber' }
  | { kind: 'decimal'; min: number; max: number }
  | { kind: 'date' }
  | { kind: 'list'; maxItems: number; maxLength: number };

export interface RuleBreach {
  code: string;
  message: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a value that is not blank; answers why it breaks the rule, or nothing. */
export function checkValue(column: string, value: string, rule: ColumnRule): RuleBreach | undefined {
  switch (rule.kind) {
    case 'text':
      return value.length > rule.maxLength
        ? { code: 'value_too_long', message: `${column} is longer than ${rule.maxLength} characters` }
        : undefined;
    case 'email':
      return !isEmailAddress(value)
        ? { code: 'malformed_email', message: `${column} is not an email address` }
        : undefined;
    case 'exactly':
      return value !== rule.value
        ? { code: 'wrong_value', message: `${column} must be exactly "${rule.value}" (capitalised, plural)` }
        : undefined;
    case 'oneOf':
      return rule.values.includes(value)
        ? undefined
        : {
            code: 'not_allowed_value',
            message: `${column} must be one of: ${rule.values.map((v) => `"${v}"`).join(', ')}`,
          };
    case 'wholeNumber':
      return /^\d{1,9}$/.test(value)
        ? undefined
        : { code: 'not_a_whole_number', message: `${column} must be a whole number of 0 or more` };
    case 'decimal': {
      const number = Number(value);
      return /^\d+(\.\d+)?$/.test(value) && number >= rule.min && number <= rule.max
        ? undefined
        : {
            code: 'number_out_of_range',
            message: `${column} must be a number from ${rule.min} to ${rule.max}`,
          };
    }
    case 'date':
      return ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
        ? undefined
        : { code: 'malformed_date', message: `${column} must be a date written YYYY-MM-DD` };
    case 'list': {
      const items = splitList(value);
      if (items.length > rule.maxItems) {
        return { code: 'too_many_items', message: `${column} holds more than ${rule.maxItems} items` };
      }
      return items.some((item) => item.length > rule.maxLength)
        ? {
            code: 'value_too_long',
            message: `${column} has an item longer than ${rule.maxLength} characters`,
          }
        : undefined;
    }
  }
}

/** List cells hold items separated by semicolons. */
export function splitList(value: string): string[] {
  return value
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
}
