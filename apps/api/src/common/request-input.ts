import { errorCodes, type FastifyInstance, type FastifyRequest } from 'fastify';
import { InvalidInput, type Issue } from './domain-error';

// Input that no schema should ever have to see (docs/http-api.md, "Conventions"): bodies other than JSON,
// JSON nested deeper than 32 levels, unpaired UTF-16 surrogates anywhere, NUL characters in a
// query string. Each is refused before any handler runs, as a 4xx naming the field: PostgreSQL
// refuses NUL and broken UTF-16, and deep JSON overflows the stack of whatever walks it.

export const MAX_JSON_DEPTH = 32;

/** A high surrogate not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

const BROKEN = 'must not contain a broken character (an unpaired UTF-16 surrogate)';
const NUL = 'must not contain NUL characters';
const MAX_ISSUES = 20;

/** True when the JSON text opens more than `max` arrays or objects inside each other (strings skipped). */
export function nestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character, quote or not
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}

/**
 * The strings (and field names) of a parsed body or query that fail `bad`, with their paths as
 * the error shape writes them (`persons.1.lastName`). Iterative: no input can overflow the stack.
 */
export function badStrings(value: unknown, bad: (s: string) => boolean, message: string): Issue[] {
  const issues: Issue[] = [];
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const next = stack.pop();
    if (next === undefined) break;
    const { value: v, path } = next;
    if (typeof v === 'string') {
      if (bad(v)) issues.push({ path: path.join('.') || '(body)', message });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...path, String(i)] });
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        // A broken field name is named with U+FFFD in its place, so that the answer is valid text.
        const named = [...path, key.replace(LONE_SURROGATES, '\uFFFD')];
        if (bad(key)) issues.push({ path: named.join('.'), message: `${message} in its name` });
        stack.push({ value: child, path: named });
      }
    }
  }
  return issues;
}

/** The query parameters with a bad name or value, named as sent (a repeated one once). */
function badParameters(query: unknown, bad: (s: string) => boolean, message: string): Issue[] {
  if (query === null || typeof query !== 'object') return [];
  return Object.entries(query)
    .filter(
      ([key, value]) =>
        bad(key) || (Array.isArray(value) ? value : [value]).some((v) => typeof v === 'string' && bad(v)),
    )
    .map(([key]) => ({ path: key.replace(LONE_SURROGATES, '\uFFFD'), message }));
}

const hasLoneSurrogate = (s: string) => LONE_SURROGATE.test(s);
const hasNul = (s: string) => s.includes('\u0000');

const isApi = (request: FastifyRequest) => /^\/api(\/|\?|$)/.test(request.url);

/** JSON is the only body the API reads (docs/http-api.md: anything else is 415); an empty body is no body. */
export function acceptOnlyJson(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.removeAllContentTypeParsers();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (request, text, done) => {
    if (text === '') return done(null, undefined);
    if (nestedDeeperThan(String(text), MAX_JSON_DEPTH)) {
      return done(
        new InvalidInput([{ path: '(body)', message: `is JSON nested more than ${MAX_JSON_DEPTH} levels deep` }]),
        undefined,
      );
    }
    // The default parser answers through `done`; it has no promise to wait for.
    void parseJson(request, String(text), done);
  });
  // Every other type, or none with a body: form posts, multipart and text/plain never reach a handler.
  fastify.addContentTypeParser('*', (request, _payload, done) => {
    const length = request.headers['content-length'];
    const empty = request.headers['transfer-encoding'] === undefined && (length === undefined || length === '0');
    done(empty ? null : new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(), undefined);
  });
}

/** Refuses broken text in any body or query before the guards, pipes and handlers see it. */
export function refuseBrokenText(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request) => {
    if (!isApi(request)) return;
    const issues = [
      ...badParameters(request.query, hasNul, NUL),
      ...badParameters(request.query, hasLoneSurrogate, BROKEN),
      ...(request.body === undefined ? [] : badStrings(request.body, hasLoneSurrogate, BROKEN)),
    ];
    if (issues.length > 0) throw new InvalidInput(issues.slice(0, MAX_ISSUES));
  });
}
