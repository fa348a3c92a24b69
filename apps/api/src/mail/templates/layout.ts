// One layout for every e-mail, rendered twice from the same blocks: plain text and HTML. The HTML uses
// inline styles only (mail clients drop <style>), lang="de", real text and no images, a single column.

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export type MailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'button'; label: string; url: string }
  | { kind: 'list'; items: { title: string; url: string; meta: string }[] }
  | { kind: 'heading'; text: string };

export interface MailFooter {
  /** Why the person receives this mail, one sentence. */
  reason: string;
  settingsUrl?: string;
  unsubscribeUrl?: string;
  unsubscribeLabel?: string;
}

export interface MailLayout {
  subject: string;
  greeting: string;
  blocks: MailBlock[];
  footer: MailFooter;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b';
const LINK = 'color:#004b87;text-decoration:underline';

function blockHtml(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="margin:0 0 16px">${escapeHtml(block.text)}</p>`;
    case 'heading':
      return `<h2 style="margin:24px 0 8px;font-size:18px">${escapeHtml(block.text)}</h2>`;
    case 'quote':
      return `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #004b87;background:#f2f5f8;white-space:pre-line">${escapeHtml(block.text)}</blockquote>`;
    case 'button':
      return `<p style="margin:24px 0"><a href="${escapeHtml(block.url)}" style="display:inline-block;padding:12px 20px;background:#004b87;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold">${escapeHtml(block.label)}</a></p>`;
    case 'list':
      return `<ul style="margin:0 0 16px;padding-left:20px">${block.items
        .map(
          (i) =>
            `<li style="margin:0 0 8px"><a href="${escapeHtml(i.url)}" style="${LINK}">${escapeHtml(i.title)}</a><br><span style="color:#4a4a4a;font-size:14px">${escapeHtml(i.meta)}</span></li>`,
        )
        .join('')}</ul>`;
  }
}

function blockText(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'heading':
      return `${block.text}\n${'-'.repeat(Math.min(block.text.length, 60))}`;
    case 'quote':
      return block.text
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'button':
      return `${block.label}:\n${block.url}`;
    case 'list':
      return block.items.map((i) => `* ${i.title}\n  ${i.meta}\n  ${i.url}`).join('\n\n');
  }
}

export function renderMail(layout: MailLayout): MailContent {
  const { footer } = layout;
  const footerText = [
    '-- ',
    footer.reason,
    footer.settingsUrl ? `Einstellungen ändern: ${footer.settingsUrl}` : null,
    footer.unsubscribeUrl
      ? `${footer.unsubscribeLabel ?? 'Diese E-Mails abbestellen'}: ${footer.unsubscribeUrl}`
      : null,
    'Forum Kommunalpakt – Austausch zur Nachnutzung von EfA-Onlinediensten',
  ]
    .filter((x): x is string => !!x)
    .join('\n');
  const text = [layout.greeting, ...layout.blocks.map(blockText), footerText].join('\n\n') + '\n';

  const footerHtml = [
    `<p style="margin:0 0 8px">${escapeHtml(footer.reason)}</p>`,
    footer.settingsUrl || footer.unsubscribeUrl
      ? `<p style="margin:0 0 8px">${[
          footer.settingsUrl
            ? `<a href="${escapeHtml(footer.settingsUrl)}" style="${LINK}">Einstellungen ändern</a>`
            : '',
          footer.unsubscribeUrl
            ? `<a href="${escapeHtml(footer.unsubscribeUrl)}" style="${LINK}">${escapeHtml(footer.unsubscribeLabel ?? 'Diese E-Mails abbestellen')}</a>`
            : '',
        ]
          .filter(Boolean)
          .join(' · ')}</p>`
      : '',
    '<p style="margin:0">Forum Kommunalpakt – Austausch zur Nachnutzung von EfA-Onlinediensten</p>',
  ].join('');
  const html = `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(layout.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff">
<div role="article" aria-roledescription="E-Mail" aria-label="${escapeHtml(layout.subject)}" lang="de" style="${FONT};max-width:600px;margin:0 auto;padding:24px 16px">
<p style="margin:0 0 24px;font-size:14px;font-weight:bold;color:#004b87">Forum Kommunalpakt</p>
<p style="margin:0 0 16px">${escapeHtml(layout.greeting)}</p>
${layout.blocks.map(blockHtml).join('\n')}
<hr style="border:none;border-top:1px solid #c8c8c8;margin:32px 0 16px">
<div style="font-size:13px;color:#4a4a4a">${footerHtml}</div>
</div>
</body>
</html>
`;
  return { subject: layout.subject, text, html };
}

/** Markdown to a short plain-text excerpt for a quote (mail clients get text, not rendered markdown). */
export function excerpt(markdown: string, max = 400): string {
  const plain = markdown
    .replace(/```[\s\S]*?```/g, ' […] ')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_~]{1,3}([^*_~]+)[*_~]{1,3}/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return plain.length > max ? `${plain.slice(0, max).replace(/\s+\S*$/, '')} …` : plain;
}
