import { useEffect } from 'react';
import { clearAnnouncement, useAnnouncement } from '../announcer';

/** The app's one live region: what `announce` says, heard by screen readers and unseen on screen. */
export function LiveRegion() {
  const { text, politeness } = useAnnouncement();
  useEffect(() => clearAnnouncement, []);
  return (
    <div className="visually-hidden" aria-live={politeness} aria-atomic="true" data-testid="announcer">
      {text}
    </div>
  );
}
