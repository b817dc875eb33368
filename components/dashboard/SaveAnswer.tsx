import type { FormState } from "@/lib/auth/guards";

type Props = {
  /** Save was pressed while a picture was still uploading (use-markdown-form.ts). */
  heldForUpload: boolean;
  state: FormState;
  /** What to say otherwise: that the save went through, or a notice; nothing when empty. */
  children?: React.ReactNode;
};

/** What became of the last save, above an editor: held back for an upload, refused, or else what the editor says. */
export function SaveAnswer({ heldForUpload, state, children }: Props) {
  if (heldForUpload) {
    return (
      <p className="form__error" role="alert">
        Not saved yet: an image is still uploading. Save again once it has finished.
      </p>
    );
  }
  if (state.status === "error") {
    return (
      <p className="form__error" role="alert">
        {state.message}
      </p>
    );
  }
  return children;
}
