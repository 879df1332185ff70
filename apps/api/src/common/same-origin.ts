import type { FastifyRequest } from 'fastify';

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** `scheme://host:port` of a URL, or null when it is no http(s) URL (`null`, `file:`, garbage). */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * The app's own origin as the browser addressed it: the Host the request was sent to (or the
 * X-Forwarded-Host of a proxy on this machine), on the scheme the app is served on: https when
 * the operator says it is behind TLS (COOKIE_SECURE), else the socket's or the proxy's
 * X-Forwarded-Proto. A browser never lets a page choose the Host of a request, so another site
 * cannot make its own origin look like ours; DNS rebinding changes the Host but then the session
 * cookie, bound to our host name, is not sent.
 */
export function ownOrigin(request: FastifyRequest, servedOnHttps: boolean): string | null {
  const host = request.host;
  if (!HOST.test(host)) return null;
  return originOf(`${servedOnHttps ? 'https' : request.protocol}://${host}`);
}

/**
 * CSRF defence for cookie sign-in (docs/http-api.md, "Conventions"): the Origin, or when the browser sent
 * none the Referer, must be the app's own scheme, host and port. No Origin and no Referer, or
 * `Origin: null` (sandboxed frames, some redirects), is not proof of anything and is refused.
 */
export function fromOwnOrigin(request: FastifyRequest, servedOnHttps: boolean): boolean {
  const { origin, referer } = request.headers;
  const claimed = origin !== undefined ? originOf(origin) : referer !== undefined ? originOf(referer) : null;
  const own = ownOrigin(request, servedOnHttps);
  return claimed !== null && own !== null && claimed === own;
}
