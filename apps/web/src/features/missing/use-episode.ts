import type { MissingEpisode } from '@cps/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, NETWORK_ERROR_STATUS } from '../../api/http';
import { getEpisode } from './missing.api';

export type EpisodeState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'success'; episode: MissingEpisode };

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(NETWORK_ERROR_STATUS, 'Something went wrong. Try again.');
}

/** One episode: read once, read again on demand (after a 409), or replaced by the API's answer to a step. */
export function useEpisode(id: string) {
  const [state, setState] = useState<EpisodeState>({ status: 'loading' });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    const controller = new AbortController();
    setState({ status: 'loading' });
    getEpisode(id, controller.signal).then(
      (episode) => !controller.signal.aborted && setState({ status: 'success', episode }),
      (error: unknown) => !controller.signal.aborted && setState({ status: 'error', error: toApiError(error) }),
    );
    return () => {
      alive.current = false;
      controller.abort();
    };
  }, [id]);
  const reload = useCallback(() => {
    getEpisode(id).then(
      (episode) => alive.current && setState({ status: 'success', episode }),
      (error: unknown) => alive.current && setState({ status: 'error', error: toApiError(error) }),
    );
  }, [id]);
  const replace = useCallback((episode: MissingEpisode) => setState({ status: 'success', episode }), []);
  return { state, reload, replace };
}
