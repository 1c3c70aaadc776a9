/** A phone number as people write it: digits, spaces and `+ ( ) . - /`, up to 40 characters. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ().\-/]{2,39}$/;

export const PHONE_MESSAGE = 'must be a phone number (digits, spaces and + ( ) . - /)';
