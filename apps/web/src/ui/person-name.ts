/** A person's name as the API gives it: `null` when the service does not know it (yet, or any more). */
export function personName(name: string | null): string {
  return name ?? 'Name not known';
}
