import { useEffect } from 'react';

const APP_NAME = 'CPS Access';

/** Sets the browser tab title so each route is named for screen reader and tab users. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} | ${APP_NAME}`;
  }, [title]);
}
