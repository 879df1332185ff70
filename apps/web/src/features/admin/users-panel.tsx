import type { County, SetupLink, User, UserPage } from '@cps/domain';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { roleLabel } from '../auth/role-label';
import { useCounties } from '../reference/use-counties';
import { USERS_PAGE_SIZE, usersPath } from './admin.api';
import { pageParam } from './admin-format';
import { CreateUserForm } from './create-user-form';
import { EditUserForm } from './edit-user-form';
import { ModalDialog } from './modal-dialog';
import { Pagination } from './pagination';
import { PasswordResetDialog } from './password-reset-dialog';
import { SetupLinkDialog } from './setup-link-dialog';
import { Notice, StatusArea } from './status-area';
import { useReloadableResource } from './use-reloadable-resource';
import { UserStatusDialog } from './user-status-dialog';
import { UsersTable } from './users-table';

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: User }
  | { kind: 'status'; user: User }
  | { kind: 'reset'; user: User }
  | { kind: 'link'; user: User; summary: string; setup: SetupLink; signedMeOut: boolean }
  | null;

const byName = (a: County, b: County) => a.name.localeCompare(b.name);

/** The users page: accounts, roles, counties and sex trafficking training records. */
export function UsersPanel({ currentUser }: { currentUser: User }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const page = pageParam(params);
  const { resource: users, reload } = useReloadableResource<UserPage>(usersPath(page));
  const counties = useCounties();
  const [filter, setFilter] = useState('');
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const countyList = useMemo(() => (counties.status === 'success' ? [...counties.data].sort(byName) : []), [counties]);
  const countyName = (code: string | null) =>
    code === null ? 'Statewide' : (countyList.find((county) => county.code === code)?.name ?? code);

  const closeWith = (message: string) => {
    setDialog(null);
    setNotice(message);
    reload();
  };
  const onStatusChanged = (user: User) => {
    // Deactivating oneself ends one's own session too.
    if (user.id === currentUser.id && !user.active) {
      void navigate('/sign-in', { replace: true });
      return;
    }
    closeWith(
      user.active ? `${user.name} is active again.` : `${user.name} is deactivated: their sessions have ended.`,
    );
  };

  // The one-time link is shown in a dialog of its own; the notice stays on the page after it.
  const showLink = (user: User, summary: string, setup: SetupLink, signedMeOut = false) => {
    setNotice(summary);
    setDialog({ kind: 'link', user, summary, setup, signedMeOut });
    reload();
  };
  const closeLink = (signedMeOut: boolean) => {
    setDialog(null);
    // A reset of one's own password ended one's own session too.
    if (signedMeOut) void navigate('/sign-in', { replace: true });
  };

  const items = users.status === 'success' ? users.data.items : [];
  const words = filter.trim().toLowerCase();
  const shown = words
    ? items.filter((user) =>
        [user.name, user.email, roleLabel(user.role), countyName(user.countyCode)].some((text) =>
          text.toLowerCase().includes(words),
        ),
      )
    : items;
  const total = users.status === 'success' ? users.data.total : 0;
  const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));

  return (
    <>
      <h1>Users</h1>
      <p className="usa-intro">
        Accounts of access workers, supervisors and state administrators, with the date each person completed the sex
        trafficking training.
      </p>
      <button
        type="button"
        className="usa-button"
        onClick={() => setDialog({ kind: 'create' })}
        disabled={counties.status === 'loading'}
      >
        Add a user
      </button>
      <StatusArea>{notice && <Notice>{notice}</Notice>}</StatusArea>
      {counties.status === 'error' && (
        <Alert type="warning">County names could not be loaded: {counties.error.message}</Alert>
      )}

      {users.status === 'error' && <Alert type="error">{users.error.message}</Alert>}
      {(users.status === 'loading' || users.status === 'idle') && <Loading label="Loading users…" />}
      {users.status === 'success' && (
        <>
          <div className="usa-form-group maxw-mobile-lg">
            <label className="usa-label" htmlFor="user-filter">
              Filter this page by name, email, role or county
            </label>
            <input
              id="user-filter"
              className="usa-input"
              type="text"
              autoComplete="off"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </div>
          <p role="status" className="margin-y-2">
            {words ? `${shown.length} of ${items.length} users on this page match.` : `${total} users in all.`}
          </p>
          {shown.length > 0 ? (
            <UsersTable
              users={shown}
              caption={`Users, page ${page} of ${pageCount}, by name`}
              countyName={countyName}
              onEdit={(user) => setDialog({ kind: 'edit', user })}
              onChangeStatus={(user) => setDialog({ kind: 'status', user })}
              onResetPassword={(user) => setDialog({ kind: 'reset', user })}
            />
          ) : (
            <p>{words ? 'No users on this page match the filter.' : 'There are no users on this page.'}</p>
          )}
          <Pagination page={page} pageCount={pageCount} label="Pages of users" />
        </>
      )}

      {dialog?.kind === 'create' && (
        <ModalDialog title="Add a user" onClose={() => setDialog(null)}>
          <CreateUserForm
            counties={countyList}
            onCreated={({ setup, ...user }) =>
              showLink(
                user,
                `Created the account of ${user.name} (${roleLabel(user.role)}, ${countyName(user.countyCode)}).`,
                setup,
              )
            }
            onCancel={() => setDialog(null)}
          />
        </ModalDialog>
      )}
      {dialog?.kind === 'edit' && (
        <ModalDialog title={`Edit ${dialog.user.name}`} onClose={() => setDialog(null)}>
          <EditUserForm
            user={dialog.user}
            counties={countyList}
            onSaved={(user) =>
              // A change of one's own role or county ends one's own session too.
              user.id === currentUser.id &&
              (user.role !== currentUser.role || user.countyCode !== currentUser.countyCode)
                ? void navigate('/sign-in', { replace: true })
                : closeWith(`Saved the changes to ${user.name}.`)
            }
            onCancel={() => setDialog(null)}
          />
        </ModalDialog>
      )}
      {dialog?.kind === 'reset' && (
        <PasswordResetDialog
          user={dialog.user}
          isCurrentUser={dialog.user.id === currentUser.id}
          onReset={(setup) =>
            showLink(
              dialog.user,
              `Reset the password of ${dialog.user.name}: their sessions have ended.`,
              setup,
              dialog.user.id === currentUser.id,
            )
          }
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'link' && (
        <SetupLinkDialog
          name={dialog.user.name}
          summary={dialog.summary}
          setup={dialog.setup}
          onClose={() => closeLink(dialog.signedMeOut)}
        />
      )}
      {dialog?.kind === 'status' && (
        <UserStatusDialog
          user={dialog.user}
          isCurrentUser={dialog.user.id === currentUser.id}
          onChanged={onStatusChanged}
          onCancel={() => setDialog(null)}
        />
      )}
    </>
  );
}
