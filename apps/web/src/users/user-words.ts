/** What staff see instead of the name of an employer whose profile the privacy rule hides from them. */
export const PRIVATE_PROFILE = 'Private profile';
