import type { County } from '@cps/domain';
import { type ApiResource, useApiResource } from '../../api/use-api-resource';
import { COUNTIES_PATH } from './counties.api';

/** Counties are only readable once signed in: call this inside `SignedIn`, never before the session is known. */
export function useCounties(): ApiResource<County[]> {
  return useApiResource<County[]>(COUNTIES_PATH);
}
