import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, http, NETWORK_ERROR_STATUS } from '../../api/http';
import type { ApiResource } from '../../api/use-api-resource';

export type ReloadableResource<T> = { resource: ApiResource<T>; reload: () => void };

/**
 * Like useApiResource, with `reload()` for after a change. A reload keeps showing the data it
 * has until the new answer comes, so rows (and the button that had focus) stay on the page.
 */
export function useReloadableLoad<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): ReloadableResource<T> {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ key: string | null; resource: ApiResource<T> }>({
    key,
    resource: key === null ? { status: 'idle' } : { status: 'loading' },
  });
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reload trigger: a new one loads again
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState((previous) =>
      previous.key === key && previous.resource.status === 'success'
        ? previous
        : { key, resource: { status: 'loading' } },
    );
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, resource: { status: 'success', data } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError =
          error instanceof ApiError ? error : new ApiError(NETWORK_ERROR_STATUS, 'Something went wrong. Try again.');
        setState({ key, resource: { status: 'error', error: apiError } });
      },
    );
    return () => controller.abort();
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // Until the effect runs for a new key, report loading rather than the old key's data.
  if (state.key !== key) return { resource: key === null ? { status: 'idle' } : { status: 'loading' }, reload };
  return { resource: state.resource, reload };
}

/** GET `path`, reloadable. */
export function useReloadableResource<T>(path: string | null): ReloadableResource<T> {
  return useReloadableLoad<T>(path, (signal) => http.get<T>(path ?? '', signal));
}
