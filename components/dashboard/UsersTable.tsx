import { resetPasswordAction, setDisabledAction, setRoleAction } from "@/app/dashboard/users/actions";
import { roles } from "@/db/schema/people";
import { ActionForm } from "./ActionForm";

type User = { id: number; name: string; loginEmail: string; role: (typeof roles)[number]; disabled: boolean; canSignIn: boolean };

/** Why a person can or cannot sign in, in words an admin can act on. */
function signInText(user: User): string {
  if (user.disabled) return "No: disabled";
  if (!user.canSignIn) return "No: no password yet";
  return "Yes";
}

/** Every staff member, each row with its own small forms: role, disable or enable, new password. */
export function UsersTable({ users, currentUserId }: { users: User[]; currentUserId: number }) {
  return (
    <table className="data-table data-table--stack users-table">
      <caption className="visually-hidden">Staff</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Sign-in email</th>
          <th scope="col">Role</th>
          <th scope="col">Status</th>
          <th scope="col">Can sign in</th>
          <th scope="col">New password</th>
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.id}>
            <th scope="row" data-label="Name">
              {u.name}
              {u.id === currentUserId ? <span className="hint"> (you)</span> : null}
            </th>
            <td data-label="Sign-in email">{u.loginEmail}</td>
            <td data-label="Role">
              {u.id === currentUserId ? (
                // Another admin changes this (app/dashboard/users/actions.ts).
                <>{u.role === "admin" ? "Admin" : "Editor"}</>
              ) : (
              <ActionForm action={setRoleAction} className="inline-form">
                <input type="hidden" name="userId" value={u.id} />
                <label htmlFor={`role-${u.id}`} className="visually-hidden">
                  Role of {u.name}
                </label>
                <select id={`role-${u.id}`} name="role" defaultValue={u.role} key={u.role}>
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {r === "admin" ? "Admin" : "Editor"}
                    </option>
                  ))}
                </select>
                <button type="submit" className="button button--small">
                  Save<span className="visually-hidden"> the role of {u.name}</span>
                </button>
              </ActionForm>
              )}
            </td>
            <td data-label="Status">
              <span className={`badge ${u.disabled ? "badge--disabled" : "badge--active"}`}>{u.disabled ? "Disabled" : "Active"}</span>
              {u.id === currentUserId ? null : (
                <ActionForm action={setDisabledAction}>
                  <input type="hidden" name="userId" value={u.id} />
                  <input type="hidden" name="disabled" value={String(!u.disabled)} />
                  <button type="submit" className={`button button--small ${u.disabled ? "" : "button--danger"}`}>
                    {u.disabled ? "Enable" : "Disable"}
                    <span className="visually-hidden"> {u.name}</span>
                  </button>
                </ActionForm>
              )}
            </td>
            <td data-label="Can sign in">{signInText(u)}</td>
            <td data-label="New password">
              <ActionForm action={resetPasswordAction} className="inline-form">
                <input type="hidden" name="userId" value={u.id} />
                {/* For password managers: which account the password belongs to. */}
                <input type="text" name="username" autoComplete="username" value={u.loginEmail} readOnly hidden />
                <label htmlFor={`password-${u.id}`} className="visually-hidden">
                  New password for {u.name}
                </label>
                <input id={`password-${u.id}`} name="password" type="password" autoComplete="new-password" minLength={8} placeholder="At least 8 characters" />
                <button type="submit" className="button button--small">
                  Set<span className="visually-hidden"> the password of {u.name}</span>
                </button>
              </ActionForm>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
