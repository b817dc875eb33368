import type { Metadata } from "next";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { NewUserForm } from "@/components/dashboard/NewUserForm";
import { UsersTable } from "@/components/dashboard/UsersTable";
import { listUsers } from "@/db/queries/users";
import { staffForPage } from "@/lib/auth/page-guard";
import { createUserAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const staff = await staffForPage("/dashboard/users", "admin");
  if (!staff) return <AccessDenied />;
  return (
    <div className="admin-page users-page">
      <h1>Users</h1>
      <p className="hint">Disabling a user or setting a new password ends their sessions at once. There is always at least one active admin.</p>
      <UsersTable users={listUsers()} currentUserId={staff.id} />
      <section aria-labelledby="new-user-heading" className="users-page__new">
        <h2 id="new-user-heading">New user</h2>
        <NewUserForm action={createUserAction} />
      </section>
    </div>
  );
}
