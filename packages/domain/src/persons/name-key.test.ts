import { nameKey } from './name-key';

test.each([
  ['Garcia-Lopez', 'garcialopez'],
  ['garcia lopez', 'garcialopez'],
  ['García López', 'garcialopez'],
  ["O'Connor", 'oconnor'],
  ['  Nguyen ', 'nguyen'],
  [null, ''],
  [undefined, ''],
])('nameKey(%p) = %p', (name, key) => {
  expect(nameKey(name)).toBe(key);
});
