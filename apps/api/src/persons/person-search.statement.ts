import type { PersonMatch } from '@cps/domain';
import { raw, type Sql, sql } from '../common/sql';

// GET /api/persons/search in ONE statement (docs/domain.md, "People search"). The candidates come
// nearest-first, so a common name never makes the database score every similar row in the state:
//  - the NEAREST people by last name: the distinct last names nearest the one typed (the GiST
//    trigram index of person_last_names answers `<->` in distance order), kept if similar enough,
//    then their people by the (last_name_key, first_name_key) index, nearest name first;
//  - everyone born on the date given whose first name is similar enough (the date of birth index),
//    so a badly misspelt last name does not hide a child whose date of birth is known;
//  - everyone with exactly the last name typed whose first name is similar enough (the same
//    b-tree), so a name typed in full is found however many people share that last name.
// Each candidate is then scored as before and the best SEARCH_LIMIT returned.

/** Trigram similarity (0..1) a name needs to count as alike (pg_trgm's `%` at this threshold). */
export const SIMILARITY_THRESHOLD = 0.25;
/** How many people, those with the last names nearest the one typed, are candidates. */
export const NEAREST = 200;
/** At most this many results, best first. */
export const SEARCH_LIMIT = 20;

/** The search terms as name keys (nameKey); `first` is '' and `dob` null when not given. */
export type PersonSearchTerms = { last: string; first: string; dob: string | null };

/** What a candidate carries to be scored and answered, so the persons are read once. */
const CANDIDATE = raw('p.id, p.first_name, p.last_name, p.date_of_birth, p.gender, p.first_name_key, p.last_name_key');

export type PersonSearchRow = {
  id: string;
  first_name: string | null;
  last_name: string | null;
  date_of_birth: Date | null;
  gender: PersonMatch['gender'];
  score: number;
};

export function personSearchStatement({ last, first, dob }: PersonSearchTerms): Sql {
  return sql`
    WITH nearest_names AS (
      SELECT last_name_key, last_name_key <-> ${last}::text AS distance FROM person_last_names
      ORDER BY last_name_key <-> ${last}::text
      LIMIT ${NEAREST}::int
    ),
    candidates AS (
      SELECT * FROM (
        SELECT ${CANDIDATE} FROM nearest_names n JOIN persons p ON p.last_name_key = n.last_name_key
        WHERE similarity(n.last_name_key, ${last}::text) >= ${SIMILARITY_THRESHOLD}::real
        ORDER BY n.distance
        LIMIT ${NEAREST}::int
      ) nearest
      UNION
      SELECT ${CANDIDATE} FROM persons p
      WHERE ${dob}::date IS NOT NULL AND ${first}::text <> ''
        AND p.date_of_birth = ${dob}::date AND similarity(p.first_name_key, ${first}::text) >= ${SIMILARITY_THRESHOLD}::real
      UNION
      SELECT ${CANDIDATE} FROM persons p
      WHERE ${first}::text <> ''
        AND p.last_name_key = ${last}::text AND similarity(p.first_name_key, ${first}::text) >= ${SIMILARITY_THRESHOLD}::real
    )
    SELECT p.id, p.first_name, p.last_name, p.date_of_birth, p.gender::text AS gender,
      round((0.55 * similarity(p.last_name_key, ${last}::text)
           + 0.30 * CASE WHEN ${first}::text = '' THEN 0 ELSE similarity(p.first_name_key, ${first}::text) END
           + 0.15 * CASE WHEN p.date_of_birth = ${dob}::date THEN 1 ELSE 0 END)::numeric
           / (0.55 + CASE WHEN ${first}::text = '' THEN 0 ELSE 0.30 END + CASE WHEN ${dob}::date IS NULL THEN 0 ELSE 0.15 END), 3)::float8 AS score
    FROM candidates p
    ORDER BY score DESC, p.last_name, p.first_name
    LIMIT ${SEARCH_LIMIT}::int`;
}
