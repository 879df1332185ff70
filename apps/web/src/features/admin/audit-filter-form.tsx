import { type AuditQuery, auditActions, auditQuerySchema, type User } from '@cps/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiIssue } from '../../api/http';
import type { AuditFilters } from './admin.api';
import { InputField, SelectField } from './admin-fields';
import { fieldMessage } from './form-errors';

type AuditFilterValues = z.input<typeof auditQuerySchema>;
const FIELDS = ['userId', 'action', 'reportId', 'entityId', 'from', 'to'] as const;
/** The known actions in words, alphabetically by those words. */
const ACTIONS = Object.entries(auditActions).sort(([, a], [, b]) => a.localeCompare(b));

type AuditFilterFormProps = {
  initial: AuditFilters;
  users: User[];
  /** 400 issues of the last search (a hand-edited address), shown beside the fields. */
  serverIssues: ApiIssue[];
  onApply: (filters: AuditFilters) => void;
  onClear: () => void;
};

export function AuditFilterForm({ initial, users, serverIssues, onApply, onClear }: AuditFilterFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<AuditFilterValues, unknown, AuditQuery>({
    resolver: zodResolver(auditQuerySchema),
    defaultValues: initial,
  });

  useEffect(() => {
    for (const issue of serverIssues) {
      if ((FIELDS as readonly string[]).includes(issue.path))
        setError(issue.path as (typeof FIELDS)[number], { message: issue.message });
    }
  }, [serverIssues, setError]);

  const onSubmit = handleSubmit((query) =>
    onApply({
      userId: query.userId ?? '',
      action: query.action ?? '',
      reportId: query.reportId ?? '',
      entityId: query.entityId?.trim() ?? '',
      from: query.from ?? '',
      to: query.to ?? '',
    }),
  );

  return (
    <form className="usa-form maxw-none" onSubmit={onSubmit} noValidate aria-label="Filter the audit log">
      <div className="grid-row grid-gap-2">
        <div className="grid-col-12 tablet:grid-col-6">
          <SelectField
            id="audit-user"
            label="User"
            error={fieldMessage('User', errors.userId?.message)}
            {...register('userId')}
          >
            <option value="">All users</option>
            {initial.userId !== '' && !users.some((user) => user.id === initial.userId) && (
              <option value={initial.userId}>User {initial.userId}</option>
            )}
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name} ({user.email})
              </option>
            ))}
          </SelectField>
        </div>
        <div className="grid-col-12 tablet:grid-col-6">
          <SelectField
            id="audit-action"
            label="Action"
            error={fieldMessage('Action', errors.action?.message)}
            {...register('action')}
          >
            <option value="">All actions</option>
            {initial.action !== '' && !(initial.action in auditActions) && (
              <option value={initial.action}>{initial.action}</option>
            )}
            {ACTIONS.map(([action, words]) => (
              <option key={action} value={action}>
                {words}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="grid-col-12 tablet:grid-col-6">
          <InputField
            id="audit-report"
            label="Report"
            hint="The report number, such as 2026-079-00042 (or the report's id): every event about the report or anything in it."
            autoComplete="off"
            spellCheck={false}
            error={fieldMessage('Report', errors.reportId?.message)}
            {...register('reportId')}
          />
        </div>
        <div className="grid-col-12 tablet:grid-col-6">
          <InputField
            id="audit-record"
            label="Record id"
            hint="The id of a user, report or other record; a date for a holiday."
            autoComplete="off"
            spellCheck={false}
            error={fieldMessage('Record id', errors.entityId?.message)}
            {...register('entityId')}
          />
        </div>
        <div className="grid-col-12 tablet:grid-col-6">
          <InputField
            id="audit-from"
            label="From"
            hint="A Chicago date, included."
            type="date"
            error={fieldMessage('From', errors.from?.message)}
            {...register('from')}
          />
        </div>
        <div className="grid-col-12 tablet:grid-col-6">
          <InputField
            id="audit-to"
            label="To"
            hint="A Chicago date, included."
            type="date"
            error={fieldMessage('To', errors.to?.message?.replace(/\bfrom$/, 'From'))}
            {...register('to')}
          />
        </div>
      </div>
      <ul className="usa-button-group margin-top-3">
        <li className="usa-button-group__item">
          <button type="submit" className="usa-button">
            Apply filters
          </button>
        </li>
        <li className="usa-button-group__item">
          <button type="button" className="usa-button usa-button--outline" onClick={onClear}>
            Clear filters
          </button>
        </li>
      </ul>
    </form>
  );
}
