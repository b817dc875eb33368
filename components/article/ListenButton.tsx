"use client";

import { useEffect, useRef, useState } from "react";

type Status = "unsupported" | "no-voice" | "idle" | "playing" | "paused";

/**
 * "Listen to this article" with the browser's own speech synthesis: no third party. Hidden where the browser has
 * none; says so where it has no voice. Reads the title and the body as they appear on the page.
 */
export function ListenButton({ title }: { title: string }) {
  const [status, setStatus] = useState<Status>("unsupported");
  const [progress, setProgress] = useState(0);
  const textLength = useRef(1);

  useEffect(() => {
    if (!("speechSynthesis" in window)) return;
    const synth = window.speechSynthesis;
    const check = () => setStatus((s) => (s === "unsupported" || s === "no-voice" ? (synth.getVoices().length > 0 ? "idle" : "no-voice") : s));
    check();
    synth.addEventListener("voiceschanged", check);
    return () => {
      synth.removeEventListener("voiceschanged", check);
      synth.cancel();
    };
  }, []);

  if (status === "unsupported") return null;

  function play() {
    const synth = window.speechSynthesis;
    if (status === "paused") {
      synth.resume();
      setStatus("playing");
      return;
    }
    const body = document.querySelector<HTMLElement>(".article-body")?.innerText ?? "";
    const text = `${title}.\n\n${body}`;
    textLength.current = text.length;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || "en";
    utterance.onboundary = (event) => setProgress(Math.min(100, Math.round((event.charIndex / textLength.current) * 100)));
    utterance.onend = () => {
      setStatus("idle");
      setProgress(0);
    };
    utterance.onerror = () => setStatus("idle");
    synth.cancel();
    synth.speak(utterance);
    setProgress(0);
    setStatus("playing");
  }

  function pause() {
    window.speechSynthesis.pause();
    setStatus("paused");
  }

  return (
    <div className="listen" role="group" aria-label="Listen to this article">
      {status === "no-voice" ? (
        <p className="listen__note">Listening is not available: this browser has no voice installed for reading aloud.</p>
      ) : (
        <>
          {status === "playing" ? (
            <button type="button" className="button" onClick={pause}>
              ❚❚ Pause
            </button>
          ) : (
            <button type="button" className="button" onClick={play}>
              ▶ {status === "paused" ? "Resume" : "Listen to this article"}
            </button>
          )}
          {status !== "idle" ? <progress max={100} value={progress} aria-label="Reading progress" /> : null}
        </>
      )}
    </div>
  );
}
