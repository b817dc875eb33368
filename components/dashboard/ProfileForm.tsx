"use client";

import { useActionState, useState } from "react";
import { ImageUpload, type UploadedImage } from "@/components/dashboard/ImageUpload";
import { LibraryPicker } from "@/components/dashboard/LibraryPicker";
import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import type { FormState } from "@/lib/auth/guards";
import { describedBy, FieldError, FormStatus } from "./FormStatus";
import { SubmitButton } from "@/components/forms/SubmitButton";

type Profile = { name: string; slug: string; bio: string; publicEmail: string | null; avatar: UploadedImage | null };
type Props = { profile: Profile; action: (state: FormState, data: FormData) => Promise<FormState> };

const idle: FormState = { status: "idle" };

/** The staff member's public byline: name, bio, public email, author page slug and photo. */
export function ProfileForm({ profile, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const [avatar, setAvatar] = useState<UploadedImage | null>(profile.avatar);
  // After an error the form shows what was sent; otherwise what is stored.
  const value = (field: keyof Profile, stored: string | null) => (state.status === "error" && field in state.values ? state.values[field] : (stored ?? ""));

  return (
    <form className="form profile-form" action={formAction} noValidate aria-labelledby="profile-heading">
      <FormStatus state={state} />

      <label htmlFor="profile-name">Name</label>
      <input id="profile-name" name="name" type="text" autoComplete="name" required maxLength={100} defaultValue={value("name", profile.name)} {...describedBy(state, "name", { error: "profile-name-error" })} />
      <FieldError id="profile-name-error" state={state} field="name" />

      <label htmlFor="profile-bio">Bio</label>
      <textarea id="profile-bio" name="bio" rows={6} maxLength={2000} defaultValue={value("bio", profile.bio)} {...describedBy(state, "bio", { hint: "profile-bio-hint", error: "profile-bio-error" })} />
      <p className="hint" id="profile-bio-hint">
        Shown under your articles and on your author page. Plain text, up to 2,000 characters.
      </p>
      <FieldError id="profile-bio-error" state={state} field="bio" />

      <label htmlFor="profile-email">Public email (optional)</label>
      <input id="profile-email" name="publicEmail" type="email" autoComplete="email" defaultValue={value("publicEmail", profile.publicEmail)} {...describedBy(state, "publicEmail", { hint: "profile-email-hint", error: "profile-email-error" })} />
      <p className="hint" id="profile-email-hint">
        Readers see it beside your bio. Leave it empty to show no address. It need not be the one you sign in with.
      </p>
      <FieldError id="profile-email-error" state={state} field="publicEmail" />

      <label htmlFor="profile-slug">Author page address</label>
      <div className="input-prefix">
        <span aria-hidden="true">/author/</span>
        <input id="profile-slug" name="slug" type="text" required maxLength={80} autoCapitalize="none" spellCheck={false} defaultValue={value("slug", profile.slug)} {...describedBy(state, "slug", { hint: "profile-slug-hint", error: "profile-slug-error" })} />
      </div>
      <p className="hint" id="profile-slug-hint">
        Lowercase letters, digits and hyphens. Changing it moves your author page; the old address keeps leading there.
      </p>
      <FieldError id="profile-slug-error" state={state} field="slug" />

      <fieldset className="avatar-field" aria-describedby={state.status === "error" && state.fieldErrors.avatarImageId ? "profile-avatar-error" : undefined}>
        <legend>Photo</legend>
        <input type="hidden" name="avatarImageId" value={avatar?.id ?? ""} />
        <div className="avatar-field__row">
          {avatar ? (
            <ResponsiveImage id={avatar.id} width={avatar.width} height={avatar.height} alt="Your photo as readers see it" sizes="96px" className="avatar" />
          ) : (
            <p className="avatar-field__empty">No photo</p>
          )}
          <div className="avatar-field__controls">
            <ImageUpload label={avatar ? "Replace the photo" : "Upload a photo"} hint="JPEG, PNG, WebP, GIF or AVIF, up to 10 MB. Shown as a circle; a square picture works best." onUploaded={setAvatar} />
            <LibraryPicker label="Choose from the library" onChosen={setAvatar} />
            {avatar ? (
              <button type="button" className="button button--danger" onClick={() => setAvatar(null)}>
                Remove photo
              </button>
            ) : null}
          </div>
        </div>
        <p className="hint">A new or removed photo is kept once you save the profile.</p>
        <FieldError id="profile-avatar-error" state={state} field="avatarImageId" />
      </fieldset>

      <SubmitButton className="button button--primary" pending={pending}>
        {pending ? "Saving…" : "Save profile"}
      </SubmitButton>
    </form>
  );
}
