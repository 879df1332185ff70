import type { User } from '@cps/domain';
import { roleLabel } from '../auth/role-label';
import { formatDate } from './admin-format';

type UsersTableProps = {
  users: User[];
  caption: string;
  countyName: (code: string | null) => string;
  onEdit: (user: User) => void;
  onChangeStatus: (user: User) => void;
  onResetPassword: (user: User) => void;
};

export function UsersTable({ users, caption, countyName, onEdit, onChangeStatus, onResetPassword }: UsersTableProps) {
  return (
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={caption}>
      <table className="usa-table usa-table--striped usa-table--compact width-full">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name and email address</th>
            <th scope="col">Role</th>
            <th scope="col">County</th>
            <th scope="col">Account</th>
            <th scope="col">Training completed</th>
            <th scope="col">
              <span className="usa-sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                {user.name}
                <br />
                <span className="text-normal font-sans-2xs">{user.email}</span>
              </th>
              <td>{roleLabel(user.role)}</td>
              <td>{countyName(user.countyCode)}</td>
              <td>{user.active ? 'Active' : <strong>Deactivated</strong>}</td>
              <td>
                {user.sexTraffickingTrainingCompletedOn ? (
                  <time dateTime={user.sexTraffickingTrainingCompletedOn}>
                    {formatDate(user.sexTraffickingTrainingCompletedOn)}
                  </time>
                ) : (
                  'Not recorded'
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="usa-button usa-button--unstyled margin-right-2 margin-y-05"
                  onClick={() => onEdit(user)}
                >
                  Edit<span className="usa-sr-only"> {user.name}</span>
                </button>
                <button
                  type="button"
                  className="usa-button usa-button--unstyled margin-right-2 margin-y-05"
                  onClick={() => onResetPassword(user)}
                >
                  Reset password<span className="usa-sr-only"> of {user.name}</span>
                </button>
                <button
                  type="button"
                  className="usa-button usa-button--unstyled margin-y-05"
                  onClick={() => onChangeStatus(user)}
                >
                  {user.active ? 'Deactivate' : 'Reactivate'}
                  <span className="usa-sr-only"> {user.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
