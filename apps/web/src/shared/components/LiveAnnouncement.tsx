export interface Announcement {
  text: string;
  /** Increases with every announcement, so that the same text is read out again. */
  seq: number;
}

/** A polite live region: screen readers read new text when they are idle; focus never moves. */
export function LiveAnnouncement({ announcement }: { announcement: Announcement | null }) {
  return (
    <div className="kern-sr-only" aria-live="polite" aria-atomic="true">
      {announcement ? `${announcement.text}${announcement.seq % 2 ? '\u00a0' : ''}` : ''}
    </div>
  );
}
