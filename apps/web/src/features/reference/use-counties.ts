import type { County } from '@cps/domain';
import { type ApiResource, useApiResource } from '../../api/use-api-resource';
import { COUNTIES_PATH } from './counties.api';

/** Counties are only readable once signed in, so callers pass `enabled` from the session. */
export function useCounties(enabled: boolean): ApiResource<County[]> {
  return useApiResource<County[]>(enabled ? COUNTIES_PATH : null);
}
