import { z } from 'zod';
import { codesOf } from '../codes/code-lists';
import { incidentLocationTypes, safeNowValues } from '../codes/place-codes';
import { dateOnlySchema } from '../common/date.schema';
import { countyCodeSchema } from '../counties/county.schema';

// The parts of the Access report that say where and when (docs/domain.md, "Incident", "Where the
// child is now", "Address"): one Address schema used by every address of the report.

const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !s.includes('\u0000'), 'must not contain NUL characters');

export const incidentLocationTypeSchema = z.enum(codesOf(incidentLocationTypes));
export const safeNowSchema = z.enum(codesOf(safeNowValues));

/** A street address in the United States; the state defaults to Wisconsin. */
export const addressSchema = z.object({
  line1: text(200).trim().min(1, 'is required: the street and number'),
  line2: text(200).nullish(),
  city: text(100).trim().min(1, 'is required'),
  state: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be the two capital letters of a state, like WI')
    .default('WI'),
  zip: z
    .string()
    .regex(/^\d{5}(-\d{4})?$/, 'must be 5 digits, or 9 written 53202-1234')
    .nullish(),
  countyCode: countyCodeSchema.nullish(),
});
export type Address = z.infer<typeof addressSchema>;
export type AddressInput = z.input<typeof addressSchema>;

/** Where and when the maltreatment happened, as far as the caller knows. */
export const incidentSchema = z.object({
  occurredOn: dateOnlySchema.nullish(),
  occurredOnIsApproximate: z.boolean().default(false),
  locationType: incidentLocationTypeSchema.nullish(),
  address: addressSchema.nullish(),
  description: text(5000).nullish(),
});
export type Incident = z.infer<typeof incidentSchema>;

/** Anything a worker going out should know: dogs, weapons, threats. */
export const workerSafetyConcernsSchema = z.object({
  present: z.boolean(),
  description: text(5000).nullish(),
});

/** Where a child is now (children only): known or not, where, and safe now. */
export const currentLocationSchema = z.object({
  known: z.boolean(),
  description: text(2000).nullish(),
  address: addressSchema.nullish(),
  safeNow: safeNowSchema.nullish(),
});
export type CurrentLocation = z.infer<typeof currentLocationSchema>;

/** The person details a report records besides identity (copied when a known person is linked). */
export const personContactFields = {
  address: addressSchema.nullish(),
  phone: text(50).nullish(),
  primaryLanguage: text(100).nullish(),
  interpreterNeeded: z.boolean().nullish(),
  school: text(200).nullish(),
};

/** The stored shapes, as the report answers with them (every field present, null when not known). */
export const addressViewSchema = z.object({
  line1: z.string(),
  line2: z.string().nullable(),
  city: z.string(),
  state: z.string(),
  zip: z.string().nullable(),
  countyCode: z.string().nullable(),
});
export type AddressView = z.infer<typeof addressViewSchema>;

export const incidentViewSchema = z.object({
  occurredOn: dateOnlySchema.nullable(),
  occurredOnIsApproximate: z.boolean(),
  locationType: incidentLocationTypeSchema.nullable(),
  address: addressViewSchema.nullable(),
  description: z.string().nullable(),
});

export const workerSafetyConcernsViewSchema = z.object({
  present: z.boolean().nullable().describe('null while the draft has no answer'),
  description: z.string().nullable(),
});

export const currentLocationViewSchema = z.object({
  known: z.boolean(),
  description: z.string().nullable(),
  address: addressViewSchema.nullable(),
  safeNow: safeNowSchema.nullable(),
});

/** An address as stored and answered: every field present, in one order. */
export function addressView(a: AddressInput | null | undefined): AddressView | null {
  if (!a) return null;
  return {
    line1: a.line1,
    line2: a.line2 ?? null,
    city: a.city,
    state: a.state ?? 'WI',
    zip: a.zip ?? null,
    countyCode: a.countyCode ?? null,
  };
}

/** Where a child is now as stored and answered. */
export function currentLocationView(c: z.input<typeof currentLocationSchema> | null | undefined) {
  if (!c) return null;
  return {
    known: c.known,
    description: c.description ?? null,
    address: addressView(c.address),
    safeNow: c.safeNow ?? null,
  };
}
