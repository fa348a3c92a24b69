/** 1234567 → "1,2 MB" (German) / "1.2 MB". */
export function formatSize(bytes: number, lng = 'de'): string {
  const units = ['Bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toLocaleString(lng, { maximumFractionDigits: digits })} ${units[unit]}`;
}
