import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { DeleteSectionForm } from "@/components/dashboard/DeleteSectionForm";
import { SectionForm } from "@/components/dashboard/SectionForm";
import { getSectionForAdmin, listCategories } from "@/db/queries/taxonomy";
import { staffForPage } from "@/lib/auth/page-guard";
import { pluralize } from "@/lib/text";
import { deleteSectionAction, updateSectionAction } from "../actions";

export const metadata: Metadata = { title: "Edit section" };

export default async function EditSectionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  if (!(await staffForPage(`/dashboard/sections/${rawId}`, "admin"))) return <AccessDenied />;
  const id = Number(rawId);
  const section = Number.isInteger(id) && id > 0 ? getSectionForAdmin(id, new Date()) : undefined;
  if (!section) notFound();
  const others = listCategories().filter((c) => c.id !== section.id);
  return (
    <div className="admin-page sections-page">
      <p>
        <Link href="/dashboard/sections">← All sections</Link>
      </p>
      <h1 id="edit-section-heading">Edit section: {section.name}</h1>
      <p className="hint">
        {section.articles === 0
          ? "It holds no articles yet."
          : `It holds ${pluralize(section.articles, "article")}, ${section.published.toLocaleString("en-US")} of them published.`}{" "}
        <Link href={`/category/${section.slug}`}>View its page</Link>
      </p>
      <SectionForm action={updateSectionAction} section={section} labelledBy="edit-section-heading" />
      <section aria-labelledby="delete-section-heading" className="sections-page__delete">
        <h2 id="delete-section-heading">Delete this section</h2>
        {others.length === 0 ? (
          <p className="hint">It is the only section, and every article needs one. Create another section before deleting this one.</p>
        ) : (
          <DeleteSectionForm action={deleteSectionAction} section={section} others={others} />
        )}
      </section>
    </div>
  );
}
