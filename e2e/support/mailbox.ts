import fs from 'node:fs';
import path from 'node:path';

/** Undoes quoted-printable soft line breaks and escapes, enough to find links in a mail. */
function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Waits for a mail to `to` in the e2e mailbox (written by start-server.mjs) and returns the first link matching `pattern`. */
export async function linkFromMail(to: string, pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  const dir = process.env.E2E_MAILBOX;
  if (!dir) throw new Error('E2E_MAILBOX is not set (see e2e/playwright.config.ts)');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(dir)) {
      for (const file of fs.readdirSync(dir).sort()) {
        const mail = decodeQuotedPrintable(fs.readFileSync(path.join(dir, file), 'utf8'));
        if (!mail.toLowerCase().includes(to.toLowerCase())) continue;
        const match = mail.match(pattern);
        if (match) return match[0].replace(/&amp;/g, '&');
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no mail to ${to} with a link matching ${pattern} within ${timeoutMs} ms`);
}
