import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { TagActionForm } from "@/components/dashboard/TagActionForm";
import { getTagForStaff, listTagNames } from "@/db/queries/taxonomy";
import { staffForPage } from "@/lib/auth/page-guard";
import { pluralize } from "@/lib/text";
import { archiveDescriptionLimit, tagNameLimit } from "@/lib/validation/taxonomy-limits";
import { deleteTagAction, describeTagAction, mergeTagAction, renameTagAction } from "../actions";

export const metadata: Metadata = { title: "Edit tag" };

const articlesText = (n: number) => (n === 1 ? "its article" : `its ${pluralize(n, "article")}`);

export default async function EditTagPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  if (!(await staffForPage(`/dashboard/tags/${rawId}`))) return <AccessDenied />;
  const id = Number(rawId);
  const tag = Number.isInteger(id) && id > 0 ? getTagForStaff(id, new Date()) : undefined;
  if (!tag) notFound();
  return (
    <div className="admin-page tags-page">
      <p>
        <Link href="/dashboard/tags">← All tags</Link>
      </p>
      <h1>Edit tag: {tag.name}</h1>
      <p className="hint">
        {tag.articles === 0
          ? "No article carries it."
          : `Carried by ${pluralize(tag.articles, "article")}, ${tag.published.toLocaleString("en-US")} of them published.`}{" "}
        {/* Readers get a tag's page only once an article with it is out. */}
        {tag.published > 0 ? <Link href={`/tag/${tag.slug}`}>View its page</Link> : null}
      </p>

      <section aria-labelledby="rename-tag-heading" className="tags-page__box">
        <h2 id="rename-tag-heading">Rename</h2>
        <TagActionForm
          action={renameTagAction}
          tagId={tag.id}
          field={{ name: "name", label: "Name", defaultValue: tag.name, maxLength: tagNameLimit, hint: `Its address is made from the name: now /tag/${tag.slug}. The old address keeps leading here.` }}
          button="Rename"
          labelledBy="rename-tag-heading"
        />
      </section>

      <section aria-labelledby="describe-tag-heading" className="tags-page__box">
        <h2 id="describe-tag-heading">Description</h2>
        <TagActionForm
          action={describeTagAction}
          tagId={tag.id}
          field={{
            name: "description",
            label: "Description",
            defaultValue: tag.description,
            maxLength: archiveDescriptionLimit,
            multiline: true,
            hint: "A sentence or two under the tag's name on its page, and for search engines and its feed. Plain text; leave it empty for none.",
          }}
          button="Save description"
          labelledBy="describe-tag-heading"
        />
      </section>

      <section aria-labelledby="merge-tag-heading" className="tags-page__box">
        <h2 id="merge-tag-heading">Merge into another tag</h2>
        <TagActionForm
          action={mergeTagAction}
          tagId={tag.id}
          field={{
            name: "into",
            label: "Tag to keep",
            maxLength: tagNameLimit,
            suggestions: listTagNames().filter((name) => name !== tag.name),
            hint: `For two tags that mean the same, such as Harbor and Harbour: ${articlesText(tag.articles)} get the tag you name, this one goes, and /tag/${tag.slug} leads there.`,
          }}
          button={`Merge ${tag.name}`}
          labelledBy="merge-tag-heading"
        />
      </section>

      <section aria-labelledby="delete-tag-heading" className="tags-page__box">
        <h2 id="delete-tag-heading">Delete</h2>
        <p className="hint">{tag.articles === 0 ? "Its address will answer “not found”." : `Takes it off ${articlesText(tag.articles)}; its address will answer “not found”.`}</p>
        <TagActionForm action={deleteTagAction} tagId={tag.id} button={`Delete ${tag.name}`} danger labelledBy="delete-tag-heading" />
      </section>
    </div>
  );
}
