import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs` (relative times such as "vor 2 Minuten" stay right). */
export function useNow(intervalMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const handle = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(handle);
  }, [intervalMs]);
  return now;
}
