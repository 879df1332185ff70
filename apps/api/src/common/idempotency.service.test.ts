import { canonicalJson, requestHash } from './idempotency.service';

// The hash of an Idempotency-Key's request: key order does not matter, depth cannot overflow it,
// and hashes stored before (JSON.stringify of a key-sorted copy) still match.

/** The recursive version hashes were stored with, as the reference for ordinary bodies. */
function before(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(before);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, before(v)]),
    );
  }
  return value;
}

test.each([
  null,
  'text with "quotes" and \u2028',
  42.5,
  [1, 'two', null, true, { b: 1, a: [] }],
  {
    countyCode: '55079',
    persons: [{ key: 'c1', roles: ['CHILD'], lastName: 'Ñúñez' }],
    narrative: 'x',
    receivedAt: null,
  },
  { 10: 'ten', 2: 'two', b: 'b', a: 'a', B: 'B', é: 'e' },
  { skipped: undefined, list: [undefined, 1] },
  { nested: { deeper: { deepest: [{ z: 1, y: 2 }] } } },
])('writes %j as the recursive version did', (value) => {
  expect(canonicalJson(value)).toBe(JSON.stringify(before(value)));
});

test('the same body with its keys in another order has the same hash; another body does not', () => {
  expect(requestHash('POST /x', { a: 1, b: { c: 2, d: [3] } })).toBe(
    requestHash('POST /x', { b: { d: [3], c: 2 }, a: 1 }),
  );
  expect(requestHash('POST /x', { a: 1 })).not.toBe(requestHash('POST /x', { a: 2 }));
  expect(requestHash('POST /x', { a: 1 })).not.toBe(requestHash('POST /y', { a: 1 }));
});

test('a body nested 200,000 levels deep is hashed without overflowing the stack', () => {
  let deep: unknown = 'bottom';
  for (let i = 0; i < 200_000; i++) deep = i % 2 ? [deep] : { k: deep };
  expect(requestHash('POST /x', deep)).toMatch(/^[0-9a-f]{64}$/);
});
