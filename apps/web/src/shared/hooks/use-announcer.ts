import { useCallback, useState } from 'react';
import type { Announcement } from '../components/LiveAnnouncement';

export function useAnnouncer(): [Announcement | null, (text: string) => void] {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const announce = useCallback(
    (text: string) => setAnnouncement((prev) => ({ text, seq: (prev?.seq ?? 0) + 1 })),
    [],
  );
  return [announcement, announce];
}
