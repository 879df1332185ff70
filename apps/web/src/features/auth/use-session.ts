import type { User } from '@cps/domain';
import { useApiResource } from '../../api/use-api-resource';
import { CURRENT_USER_PATH } from './auth.api';

export type Session =
  | { status: 'loading' }
  | { status: 'signed-in'; user: User }
  | { status: 'signed-out' }
  | { status: 'error'; message: string };

export function useSession(): Session {
  const me = useApiResource<User>(CURRENT_USER_PATH);
  switch (me.status) {
    case 'idle':
    case 'loading':
      return { status: 'loading' };
    case 'success':
      return { status: 'signed-in', user: me.data };
    case 'error':
      return me.error.status === 401 ? { status: 'signed-out' } : { status: 'error', message: me.error.message };
  }
}
