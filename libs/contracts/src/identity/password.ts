import { IsDefined, IsString, MaxLength } from 'class-validator';

/** Passwords longer than this are refused before hashing, so a huge body cannot tie up the hasher. */
export const PASSWORD_MAX_LENGTH = 128;

/** The strength rules are checked by identity, which names the reason; here only the shape. */
export function PasswordField(field = 'password'): PropertyDecorator {
  return (target, key) => {
    // Registered in the order they are checked: presence, type, then length.
    IsDefined({ message: `${field} is required` })(target, key);
    IsString({ message: `${field} must be a string` })(target, key);
    MaxLength(PASSWORD_MAX_LENGTH, { message: `${field} must be at most ${PASSWORD_MAX_LENGTH} characters` })(
      target,
      key,
    );
  };
}
