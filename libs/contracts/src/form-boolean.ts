/** A query or form field's `true` / `false` as a boolean; anything else is left for the validator to name. */
export const asBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;
