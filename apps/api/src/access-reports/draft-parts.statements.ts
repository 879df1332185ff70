import { raw, type Sql, sql } from '../common/sql';
import {
  ALLEGATION_COLUMNS,
  IDENTIFIER_COLUMNS,
  INDICATOR_COLUMNS,
  MALTREATER_COLUMNS,
  PERSON_COLUMNS,
  PERSON_DETAIL_COLUMNS,
  RECOMMENDATION_COLUMNS,
  RELATIONSHIP_COLUMNS,
  REPORT_PERSON_COLUMNS,
} from './access-report.columns';
import { dateFields, idList, insertRows, jsonFields, updateRows } from './column-sql';

// The statements that write a draft's parts (people, allegations, indicators, recommendation)
// inside the transaction of a save, built from the column lists like every other statement.

/** What the registry holds besides what a report records: what search answers with. */
const REGISTRY_COLUMNS = {
  id: PERSON_COLUMNS.id,
  firstName: PERSON_COLUMNS.firstName,
  lastName: PERSON_COLUMNS.lastName,
  firstNameKey: PERSON_COLUMNS.firstNameKey,
  lastNameKey: PERSON_COLUMNS.lastNameKey,
  dateOfBirth: PERSON_COLUMNS.dateOfBirth,
  gender: PERSON_COLUMNS.gender,
} as const;

export const DETAIL_DATES = dateFields(PERSON_DETAIL_COLUMNS);

/** Which of these ids are people of the registry. */
export function existingPersonsStatement(ids: readonly string[]): Sql {
  return sql`SELECT id FROM persons WHERE id IN (${idList(ids)})`;
}

/**
 * What the latest other report of `countyCode` records about each of these people (received
 * last, then created last), as JSON keyed by field.
 */
export function earlierRecordsStatement(reportId: string, countyCode: string, ids: readonly string[]): Sql {
  return sql`
    SELECT DISTINCT ON (rp.person_id) rp.person_id AS "personId",
      json_build_object(${raw(jsonFields('rp', PERSON_DETAIL_COLUMNS))})::text AS details
    FROM report_persons rp JOIN access_reports r ON r.id = rp.report_id
    WHERE rp.person_id IN (${idList(ids)}) AND rp.report_id <> ${reportId}::uuid AND rp.county_code = ${countyCode}::bpchar
    ORDER BY rp.person_id, r.received_at DESC NULLS LAST, r.created_at DESC`;
}

/** The registry's identifying basics of these people, as JSON keyed by field. */
export function registryBasicsStatement(ids: readonly string[]): Sql {
  const { id: _id, firstNameKey: _f, lastNameKey: _l, ...basics } = REGISTRY_COLUMNS;
  return sql`
    SELECT p.id AS "personId", json_build_object(${raw(jsonFields('p', basics))})::text AS details
    FROM persons p WHERE p.id IN (${idList(ids)})`;
}

/** New people of the registry. */
export function insertPersonsStatement(rows: readonly object[]): Sql {
  return insertRows('persons', PERSON_COLUMNS, rows);
}

/** The registry's identifying basics of known people, as this save records them. */
export function updateRegistryStatement(rows: readonly object[], at: Date): Sql {
  return updateRows('persons', REGISTRY_COLUMNS, rows, 'id', sql`updated_at = ${at.toISOString()}::timestamptz`);
}

/** A report's people, indicators and allegations' maltreaters are replaced whole on a save. */
export function deletePartsStatement(reportId: string): Sql {
  return sql`
    WITH people AS (DELETE FROM report_persons WHERE report_id = ${reportId}::uuid),
    indicators AS (DELETE FROM report_indicators WHERE report_id = ${reportId}::uuid),
    relationships AS (DELETE FROM report_relationships WHERE report_id = ${reportId}::uuid),
    identifiers AS (DELETE FROM report_identifiers WHERE report_id = ${reportId}::uuid)
    DELETE FROM allegation_maltreaters m USING allegations a WHERE a.id = m.allegation_id AND a.report_id = ${reportId}::uuid`;
}

/** The report's people; each row's county is the report's as it stands (the save has written it). */
export function insertReportPersonsStatement(rows: readonly object[]): Sql {
  return insertRows('report_persons', REPORT_PERSON_COLUMNS, rows, {
    computed: { countyCode: raw('(SELECT r.county_code FROM access_reports r WHERE r.id = x."reportId")') },
  });
}

export function insertIndicatorsStatement(rows: readonly object[]): Sql {
  return insertRows('report_indicators', INDICATOR_COLUMNS, rows);
}

export function insertRelationshipsStatement(rows: readonly object[]): Sql {
  return insertRows('report_relationships', RELATIONSHIP_COLUMNS, rows);
}

export function insertIdentifiersStatement(rows: readonly object[]): Sql {
  return insertRows('report_identifiers', IDENTIFIER_COLUMNS, rows);
}

export function deleteAllegationsStatement(ids: readonly string[]): Sql {
  return sql`DELETE FROM allegations WHERE id IN (${idList(ids)})`;
}

/** Clears the (report, child, type) slots first, so swapping two allegations' types cannot collide. */
export function clearAllegationTypesStatement(reportId: string): Sql {
  return sql`UPDATE allegations SET maltreatment_type = NULL WHERE report_id = ${reportId}::uuid`;
}

/** Kept allegations (matched by id): everything but their report and key. */
export function updateAllegationsStatement(rows: readonly object[]): Sql {
  const { reportId: _r, key: _k, ...columns } = ALLEGATION_COLUMNS;
  return updateRows('allegations', columns, rows, 'id');
}

export function insertAllegationsStatement(rows: readonly object[]): Sql {
  return insertRows('allegations', ALLEGATION_COLUMNS, rows);
}

export function insertMaltreatersStatement(rows: readonly object[]): Sql {
  return insertRows('allegation_maltreaters', MALTREATER_COLUMNS, rows);
}

/** The draft's recommendation: who recommended it and when are set on submit, never here. */
export function saveRecommendationStatement(row: object): Sql {
  return sql`${insertRows('screening_recommendations', RECOMMENDATION_COLUMNS, [row])}
    ON CONFLICT (report_id) DO UPDATE SET decision = EXCLUDED.decision, screen_out_reason = EXCLUDED.screen_out_reason,
      response_time = EXCLUDED.response_time, rationale = EXCLUDED.rationale, duplicate_of_id = EXCLUDED.duplicate_of_id`;
}

export function deleteRecommendationStatement(reportId: string): Sql {
  return sql`DELETE FROM screening_recommendations WHERE report_id = ${reportId}::uuid`;
}

/** People an earlier save of this draft made and it no longer names, if nothing else does: nobody. */
export function deleteUnusedPersonsStatement(ids: readonly string[]): Sql {
  return sql`
    DELETE FROM persons p WHERE p.id IN (${idList(ids)})
      AND NOT EXISTS (SELECT 1 FROM report_persons rp WHERE rp.person_id = p.id)
      AND NOT EXISTS (SELECT 1 FROM allegations a WHERE a.child_id = p.id)
      AND NOT EXISTS (SELECT 1 FROM allegation_maltreaters m WHERE m.person_id = p.id)
      AND NOT EXISTS (SELECT 1 FROM report_indicators i WHERE i.child_id = p.id)`;
}
