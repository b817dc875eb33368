"use client";

type Props = React.ButtonHTMLAttributes<HTMLButtonElement> & { pending: boolean };

/**
 * A form's submit button that stays focusable while the form is being sent. A `disabled` button drops the keyboard's
 * focus to the page's start (WCAG 2.4.3): after a refused save, the editor had to find their way back from there. This
 * one is only marked busy (aria-disabled, styled as disabled) and refuses a second submission until the answer comes.
 */
export function SubmitButton({ pending, onClick, children, ...button }: Props) {
  return (
    <button
      type="submit"
      {...button}
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
        else onClick?.(event);
      }}
    >
      {children}
    </button>
  );
}
