import { useSearchParams } from 'react-router-dom';

/** The token a mail's link carries (`?token=`), or undefined when the link was cut short. */
export function useLinkToken(): string | undefined {
  const [params] = useSearchParams();
  return params.get('token')?.trim() || undefined;
}
