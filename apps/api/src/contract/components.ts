import {
  accessLogSchema,
  accessReportSchema,
  apiErrorSchema,
  assignmentNoticeListSchema,
  assignmentRequestSchema,
  auditEventPageSchema,
  changePasswordSchema,
  colleagueListSchema,
  complianceReportSchema,
  contactRequestSchema,
  countyListSchema,
  createdUserSchema,
  createMissingEpisodeSchema,
  createUserSchema,
  decisionSchema,
  discardRequestSchema,
  draftSchema,
  draftUpdateSchema,
  findingSchema,
  healthSchema,
  holidayListSchema,
  holidaySchema,
  identifierMatchesSchema,
  lawEnforcementNotificationSchema,
  loginRequestSchema,
  loginResponseSchema,
  missingEpisodePageSchema,
  missingEpisodeSchema,
  ncandsValidationSchema,
  passwordResetResponseSchema,
  personHistorySchema,
  personMatchListSchema,
  referenceCodesSchema,
  reportAllegationSchema,
  reportPageSchema,
  setupRequestSchema,
  sexTraffickingResponseSchema,
  submitSchema,
  transferRequestSchema,
  tribalNotificationSchema,
  updateMissingEpisodeSchema,
  updateUserSchema,
  userPageSchema,
  userSchema,
} from '@cps/domain';
import type { z } from 'zod';
import { type SchemaObject, toOpenApiSchema } from './json-schema';

// The named schemas of the served document, each a zod schema of @cps/domain: requests as a client
// writes them (`input`), responses as the API answers (`output`). Routes name them in @ApiContract.

const request = (schema: z.ZodType) => ({ schema, io: 'input' as const });
const response = (schema: z.ZodType) => ({ schema, io: 'output' as const });

export const components = {
  ApiError: response(apiErrorSchema),
  Health: response(healthSchema),

  LoginRequest: request(loginRequestSchema),
  SetupRequest: request(setupRequestSchema),
  ChangePasswordRequest: request(changePasswordSchema),
  LoginResponse: response(loginResponseSchema),
  User: response(userSchema),

  CreateUserRequest: request(createUserSchema),
  UpdateUserRequest: request(updateUserSchema),
  UserPage: response(userPageSchema),
  CreatedUser: response(createdUserSchema),
  PasswordReset: response(passwordResetResponseSchema),

  HolidayRequest: request(holidaySchema),
  Holiday: response(holidaySchema),
  HolidayList: response(holidayListSchema),

  CountyList: response(countyListSchema),
  ReferenceCodes: response(referenceCodesSchema),
  PersonMatchList: response(personMatchListSchema),
  PersonHistory: response(personHistorySchema),

  DraftRequest: request(draftSchema),
  DraftUpdateRequest: request(draftUpdateSchema),
  SubmitRequest: request(submitSchema),
  DecisionRequest: request(decisionSchema),
  LawEnforcementNotificationRequest: request(lawEnforcementNotificationSchema),
  TribalNotificationRequest: request(tribalNotificationSchema),
  ContactRequest: request(contactRequestSchema),
  FindingRequest: request(findingSchema),
  AccessReport: response(accessReportSchema),
  IdentifierMatchList: response(identifierMatchesSchema),
  ReportPage: response(reportPageSchema),
  ReportAllegation: response(reportAllegationSchema),
  AccessLog: response(accessLogSchema),
  AssignmentRequest: request(assignmentRequestSchema),
  DiscardRequest: request(discardRequestSchema),
  TransferRequest: request(transferRequestSchema),
  ColleagueList: response(colleagueListSchema),
  AssignmentNoticeList: response(assignmentNoticeListSchema),

  CreateMissingEpisodeRequest: request(createMissingEpisodeSchema),
  UpdateMissingEpisodeRequest: request(updateMissingEpisodeSchema),
  MissingEpisode: response(missingEpisodeSchema),
  MissingEpisodePage: response(missingEpisodePageSchema),

  AuditEventPage: response(auditEventPageSchema),
  SexTraffickingReport: response(sexTraffickingResponseSchema),
  ComplianceReport: response(complianceReportSchema),
  NcandsValidation: response(ncandsValidationSchema),
};

export type ComponentName = keyof typeof components;

export const refTo = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });

/** `components.schemas` of the served document. */
export function componentSchemas(): Record<ComponentName, SchemaObject> {
  return Object.fromEntries(
    Object.entries(components).map(([name, { schema, io }]) => [name, toOpenApiSchema(schema, io)]),
  ) as Record<ComponentName, SchemaObject>;
}
