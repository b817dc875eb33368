"use client";

import Link from "next/link";
import type { ListStatus } from "@/lib/dashboard/article-list";
import { describedBy, FieldMessages } from "./FieldMessages";
import { SubmitButton } from "@/components/forms/SubmitButton";

type Props = {
  articleId: number | null;
  status: ListStatus | null;
  /** Where readers find the article, while they can. */
  publicPath: string | null;
  scheduleAt: string;
  onScheduleChange: (value: string) => void;
  error?: string;
  pending: boolean;
  timeZone: string;
};

/** The form's buttons: each submits the whole form with its own `intent`. */
export function PublishBox({ articleId, status, publicPath, scheduleAt, onScheduleChange, error, pending, timeZone }: Props) {
  const live = status === "published" || status === "scheduled";
  const scheduleHint = `In the site's time zone (${timeZone}).`;
  return (
    <section className="publish-box" aria-labelledby="publish-box-title">
      <h2 id="publish-box-title">
        Publishing {status ? <span className={`badge badge--${status === "unpublished" ? "draft" : status}`}>{status}</span> : null}
      </h2>
      <div className="publish-box__buttons">
        <SubmitButton name="intent" value="save" className="button button--primary" pending={pending}>
          {live ? "Save changes" : "Save draft"}
        </SubmitButton>
        {status !== "published" ? (
          <SubmitButton name="intent" value="publish" className="button" pending={pending}>
            Publish now
          </SubmitButton>
        ) : null}
      </div>
      <label htmlFor="article-scheduleAt">Publish at</label>
      <input
        id="article-scheduleAt"
        name="scheduleAt"
        type="datetime-local"
        value={scheduleAt}
        onChange={(e) => onScheduleChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy("article-scheduleAt", scheduleHint, error)}
      />
      <FieldMessages id="article-scheduleAt" hint={scheduleHint} error={error} />
      <SubmitButton name="intent" value="schedule" className="button publish-box__schedule" pending={pending}>
        Schedule
      </SubmitButton>
      {articleId ? (
        <div className="publish-box__buttons publish-box__more">
          {live ? (
            <SubmitButton name="intent" value="unpublish" className="button button--danger" pending={pending}>
              Unpublish
            </SubmitButton>
          ) : null}
          {publicPath ? (
            // A plain link: the reader site is a page of its own, outside the dashboard's frame.
            <a href={publicPath} className="button button--quiet">
              View on site
            </a>
          ) : (
            <Link href={`/dashboard/articles/${articleId}/preview`} className="button button--quiet">
              Preview
            </Link>
          )}
          <Link href={`/dashboard/articles/${articleId}/delete`} className="button button--danger">
            Delete…
          </Link>
        </div>
      ) : null}
      {pending ? (
        <p className="hint" role="status">
          Saving…
        </p>
      ) : null}
    </section>
  );
}
