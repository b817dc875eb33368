// The article page's only script. The production server sends article pages without Next's client runtime
// (lib/server/static-article.mjs): the page is plain HTML, its comment form a plain form. This adds what needs a
// browser: the view beacon with the live count, Reply links that turn the comment form into a reply, and "Listen to
// this article" with the browser's own speech synthesis.
(() => {
  const plural = (n, word) => `${n.toLocaleString("en-US")} ${n === 1 ? word : `${word}s`}`;

  // The page may come from a cache, so the count is asked of the counting endpoint once the page is really shown
  // (not while it is only prerendered), and its answer replaces the number.
  const views = document.querySelector("[data-view-count][data-article-id]");
  if (views) {
    const count = () =>
      fetch(`/api/views/${views.dataset.articleId}`, { method: "POST", keepalive: true, credentials: "same-origin" })
        .then((response) => (response.ok ? response.json() : null))
        .then((data) => {
          if (data && typeof data.views === "number") views.textContent = plural(data.views, "View");
        })
        .catch(() => {});
    if (document.prerendering) document.addEventListener("prerenderingchange", count, { once: true });
    else count();
  }

  // A comment's Reply link opens the form as a reply to it, in place; without this script it loads the page with
  // ?replyto=, which the server renders as a reply. Not where Next's runtime runs the form (the answer to a comment
  // post, next dev, or the page cache off): there the form handles the links itself (components/comments/use-reply-links.ts).
  const form = document.getElementById("comment-form");
  if (form && !("__next_f" in window)) {
    const context = form.querySelector("[data-reply-context]");
    const parent = form.querySelector("[data-reply-input]");
    const fields = [...form.querySelectorAll("input[required], textarea")];
    document.addEventListener("click", (event) => {
      const link = event.target instanceof Element ? event.target.closest("[data-reply-to], [data-reply-cancel]") : null;
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const replying = link.hasAttribute("data-reply-to");
      parent.value = replying ? link.dataset.replyTo : "";
      context.querySelector("[data-reply-name]").textContent = replying ? link.dataset.replyName : "";
      context.hidden = !replying;
      // The keyboard goes where the reader types next: the first empty field, or the comment.
      (fields.find((field) => !field.value) ?? fields.at(-1)).focus();
    });
  }

  // Hidden where the browser has no speech synthesis; says so where it has no voice. Reads the title and the body
  // as they appear on the page.
  const listen = document.querySelector("[data-listen]");
  if (!listen || !("speechSynthesis" in window)) return;
  const synth = window.speechSynthesis;
  const play = listen.querySelector("[data-listen-play]");
  const pause = listen.querySelector("[data-listen-pause]");
  const progress = listen.querySelector("progress");
  const note = listen.querySelector(".listen__note");
  let status = "idle";
  let textLength = 1;

  const show = (next) => {
    // The button just pressed may hide itself: the keyboard stays on the one that takes its place.
    const hadFocus = document.activeElement === play || document.activeElement === pause;
    status = next;
    const voiced = status !== "no-voice";
    note.hidden = voiced;
    play.hidden = !voiced || status === "playing";
    pause.hidden = status !== "playing";
    progress.hidden = !voiced || status === "idle";
    play.textContent = status === "paused" ? "▶ Resume" : "▶ Listen to this article";
    listen.hidden = false;
    if (hadFocus && voiced) (play.hidden ? pause : play).focus();
  };
  const checkVoices = () => {
    if (status === "idle" || status === "no-voice") show(synth.getVoices().length > 0 ? "idle" : "no-voice");
  };

  play.addEventListener("click", () => {
    if (status === "paused") {
      synth.resume();
      return show("playing");
    }
    const body = document.querySelector(".article-body")?.innerText ?? "";
    const text = `${listen.dataset.title}.\n\n${body}`;
    textLength = text.length;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || "en";
    utterance.onboundary = (event) => (progress.value = Math.min(100, Math.round((event.charIndex / textLength) * 100)));
    utterance.onend = () => {
      progress.value = 0;
      show("idle");
    };
    utterance.onerror = () => show("idle");
    synth.cancel();
    synth.speak(utterance);
    progress.value = 0;
    show("playing");
  });
  pause.addEventListener("click", () => {
    synth.pause();
    show("paused");
  });
  synth.addEventListener("voiceschanged", checkVoices);
  window.addEventListener("pagehide", () => synth.cancel());
  checkVoices();
})();
