/** Markdown quote of `text`: every line prefixed with "> ", followed by an empty line. */
export function formatQuote(text: string): string {
  const lines = text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${line}` : '>'));
  return `${lines.join('\n')}\n\n`;
}

/** Appends a quote to what is already written, on a paragraph of its own. */
export function appendQuote(current: string, text: string): string {
  if (!text.trim()) return current;
  const separator = current === '' || current.endsWith('\n\n') ? '' : current.endsWith('\n') ? '\n' : '\n\n';
  return `${current}${separator}${formatQuote(text)}`;
}

/** The text currently selected inside `container`, or '' when the selection is elsewhere or empty. */
export function selectedTextWithin(container: HTMLElement | null): string {
  if (!container || typeof window.getSelection !== 'function') return '';
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return '';
  return selection.toString().trim();
}
