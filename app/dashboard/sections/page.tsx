import type { Metadata } from "next";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { SectionForm } from "@/components/dashboard/SectionForm";
import { TaxonomyTable } from "@/components/dashboard/TaxonomyTable";
import { deletedSectionName } from "@/db/queries/audit";
import { listSectionsForAdmin } from "@/db/queries/taxonomy";
import { staffForPage } from "@/lib/auth/page-guard";
import { createSectionAction, moveSectionAction } from "./actions";

export const metadata: Metadata = { title: "Sections" };

type Props = { searchParams: Promise<{ deleted?: string | string[] }> };

export default async function SectionsPage({ searchParams }: Props) {
  if (!(await staffForPage("/dashboard/sections", "admin"))) return <AccessDenied />;
  const { deleted: deletedId } = await searchParams;
  const deleted = typeof deletedId === "string" && /^\d{1,15}$/.test(deletedId) ? deletedSectionName(Number(deletedId)) : undefined;
  return (
    <div className="admin-page sections-page">
      <h1>Sections</h1>
      <p className="hint">Every article is filed under one section. Each section has its own page and feeds, and a place in the site&apos;s menu, in the order of this list.</p>
      {deleted ? (
        <p className="form__success" role="status">
          Deleted the section “{deleted}”.
        </p>
      ) : null}
      <TaxonomyTable kind="section" rows={listSectionsForAdmin(new Date())} reorder={moveSectionAction} />
      <section aria-labelledby="new-section-heading" className="sections-page__new">
        <h2 id="new-section-heading">New section</h2>
        <SectionForm action={createSectionAction} labelledBy="new-section-heading" />
      </section>
    </div>
  );
}
