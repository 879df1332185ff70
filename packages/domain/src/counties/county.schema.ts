import { z } from 'zod';
import { regionSchema } from '../codes/codes.schema';

export const MILWAUKEE_COUNTY_CODE = '55079';

/** A Wisconsin county FIPS code: 55 followed by an odd three-digit county number. */
export const countyCodeSchema = z.string().regex(/^55\d{3}$/, 'must be a Wisconsin county FIPS code such as 55079');

export const countySchema = z.object({
  code: countyCodeSchema,
  name: z.string(),
  region: regionSchema,
});
export type County = z.infer<typeof countySchema>;

/** GET /api/reference/counties: the 72 counties. */
export const countyListSchema = z.array(countySchema);

export function regionOfCounty(code: string): 'MILWAUKEE' | 'BALANCE_OF_STATE' {
  return code === MILWAUKEE_COUNTY_CODE ? 'MILWAUKEE' : 'BALANCE_OF_STATE';
}
