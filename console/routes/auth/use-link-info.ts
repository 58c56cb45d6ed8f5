import type { InviteInfo } from '../../../shared/schemas/auth.ts';
import { api } from '../../lib/api.ts';
import { currentQuery } from '../../lib/router.ts';
import { useResource } from '../../lib/use-resource.ts';

/** The one-time token in ?token= and what the server says it is for. */
export function useLinkInfo() {
  const token = currentQuery.value.get('token') ?? '';
  const info = useResource<InviteInfo | null>(() => (token ? api.auth.invite(token) : Promise.resolve(null)), token);
  return { token, info };
}
