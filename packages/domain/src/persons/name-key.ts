/**
 * A name as search compares it: accents folded, lower case, no spaces, hyphens or punctuation,
 * so "Garcia-Lopez", "garcia lopez" and "García López" are one key.
 */
export function nameKey(name: string | null | undefined): string {
  return (name ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
