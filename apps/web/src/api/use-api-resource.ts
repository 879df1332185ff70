import { useEffect, useState } from 'react';
import { ApiError, http, NETWORK_ERROR_STATUS } from './http';

export type ApiResource<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: ApiError };

/**
 * GETs `path` once per path; `null` waits (e.g. until the session is known).
 * Aborts on unmount so a late answer never updates a page that is gone.
 */
export function useApiResource<T>(path: string | null): ApiResource<T> {
  const [state, setState] = useState<{ path: string | null; resource: ApiResource<T> }>({
    path,
    resource: path === null ? { status: 'idle' } : { status: 'loading' },
  });

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState({ path, resource: { status: 'loading' } });
    http.get<T>(path, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ path, resource: { status: 'success', data } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError =
          error instanceof ApiError ? error : new ApiError(NETWORK_ERROR_STATUS, 'Something went wrong. Try again.');
        setState({ path, resource: { status: 'error', error: apiError } });
      },
    );
    return () => controller.abort();
  }, [path]);

  // Until the effect runs for a new path, report loading rather than the old path's data.
  if (state.path !== path) return path === null ? { status: 'idle' } : { status: 'loading' };
  return state.resource;
}
