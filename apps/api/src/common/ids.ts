const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else in a path is a record that does not exist (404), not a 500. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
