import { determinedUnknowns } from './determined-cells';

const eq = (terms: Record<string, number>) => new Map(Object.entries(terms));

test.each([
  ['one equation, one unknown: x = c', ['x'], [eq({ x: 1 })], ['x']],
  ['one equation, two unknowns: x + y = c', ['x', 'y'], [eq({ x: 1, y: 1 })], []],
  ['two equations: x + y = c, x - y = d', ['x', 'y'], [eq({ x: 1, y: 1 }), eq({ x: 1, y: -1 })], ['x', 'y']],
  // a 2×2 block hidden inside a table with known margins: a rectangle, nothing determined
  [
    'rectangle',
    ['a', 'b', 'c', 'd'],
    [eq({ a: 1, b: 1 }), eq({ c: 1, d: 1 }), eq({ a: 1, c: 1 }), eq({ b: 1, d: 1 })],
    [],
  ],
  // a chain: a + b = r1, b + c = r2, c = r3 → c, then b, then a
  ['chain', ['a', 'b', 'c'], [eq({ a: 1, b: 1 }), eq({ b: 1, c: 1 }), eq({ c: 1 })], ['a', 'b', 'c']],
  // x + y + z = c and y + z = d pin x only
  ['one pinned among three', ['x', 'y', 'z'], [eq({ x: 1, y: 1, z: 1 }), eq({ y: 1, z: 1 })], ['x']],
  ['unknowns not named in any equation are free', ['x', 'y'], [eq({ q: 1 })], []],
  ['no equations', ['x'], [], []],
] as const)('%s', (_name, unknowns, equations, determined) => {
  expect(determinedUnknowns(unknowns, equations)).toEqual(determined);
});
