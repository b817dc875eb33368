/**
 * "Listen to this article": the markup only, hidden until public/article.js finds speech synthesis in the browser and
 * brings it to life (no third party: the browser reads the page aloud).
 */
export function ListenControl({ title }: { title: string }) {
  return (
    <div className="listen" role="group" aria-label="Listen to this article" data-listen data-title={title} hidden>
      <button type="button" className="button" data-listen-play>
        ▶ Listen to this article
      </button>
      <button type="button" className="button" data-listen-pause hidden>
        ❚❚ Pause
      </button>
      <progress max={100} value={0} aria-label="Reading progress" hidden />
      <p className="listen__note" hidden>
        Listening is not available: this browser has no voice installed for reading aloud.
      </p>
    </div>
  );
}
