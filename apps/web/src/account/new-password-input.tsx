import { PasswordInput, type PasswordInputProps } from '@mantine/core';

/** A password being chosen; the API says what is wrong with it (too short, too common) beside the field. */
export function NewPasswordInput(props: PasswordInputProps) {
  return (
    <PasswordInput
      label="Password"
      description="At least 10 characters; a phrase of a few words is easy to remember and hard to guess."
      autoComplete="new-password"
      required
      {...props}
    />
  );
}
