// Visible notices, e.g. a link with an unknown indicator that fell back to the default.
import { useAtlas } from '../state/useAtlas';

export function Notices() {
  const notices = useAtlas((s) => s.notices);
  const { dismissNotice } = useAtlas.getState();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n, i) => (
        <div key={`${n.subject}|${n.text}`} className="notice" data-subject={n.subject}>
          <span>{n.text}</span>
          <button type="button" onClick={() => dismissNotice(i)} aria-label="Melding sluiten">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
