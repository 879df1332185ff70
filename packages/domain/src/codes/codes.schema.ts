import { z } from 'zod';
import {
  codesOf,
  contactKinds,
  contactOutcomes,
  descriptors,
  ethnicities,
  genders,
  indicators,
  maltreatmentTypes,
  races,
  regions,
  relationships,
  reporterTypes,
  responseTimes,
  roles,
  screenOutReasons,
} from './code-lists';

export const maltreatmentTypeSchema = z.enum(codesOf(maltreatmentTypes));
export const descriptorSchema = z.enum(codesOf(descriptors));
export const genderSchema = z.enum(codesOf(genders));
export const ethnicitySchema = z.enum(codesOf(ethnicities));
export const raceSchema = z.enum(codesOf(races));
export const relationshipSchema = z.enum(codesOf(relationships));
export const reporterTypeSchema = z.enum(codesOf(reporterTypes));
export const indicatorSchema = z.enum(codesOf(indicators));
export const responseTimeSchema = z.enum(codesOf(responseTimes));
export const screenOutReasonSchema = z.enum(codesOf(screenOutReasons));
export const contactKindSchema = z.enum(codesOf(contactKinds));
export const contactOutcomeSchema = z.enum(codesOf(contactOutcomes));
export const roleSchema = z.enum(roles);
export const regionSchema = z.enum(regions);

export const codeLabelSchema = z.object({ code: z.string(), label: z.string() });
export const referenceCodesSchema = z.object({
  maltreatmentTypes: z.array(codeLabelSchema),
  descriptors: z.array(codeLabelSchema),
  genders: z.array(codeLabelSchema),
  ethnicities: z.array(codeLabelSchema),
  races: z.array(codeLabelSchema),
  relationships: z.array(codeLabelSchema),
  reporterTypes: z.array(codeLabelSchema),
  indicators: z.array(codeLabelSchema),
  responseTimes: z.array(codeLabelSchema),
  screenOutReasons: z.array(codeLabelSchema),
  incidentLocationTypes: z.array(codeLabelSchema),
  safeNowValues: z.array(codeLabelSchema),
});
