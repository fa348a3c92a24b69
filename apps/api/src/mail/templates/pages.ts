import { escapeHtml } from './layout';

/** Small standalone German pages for the links in mails (they work without the web app and without JS). */
export function mailPage(d: {
  title: string;
  paragraphs: string[];
  homeUrl: string;
  formHtml?: string;
}): string {
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(d.title)} – Forum Kommunalpakt</title>
</head>
<body style="margin:0;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:18px;line-height:1.5;color:#1b1b1b">
<main style="max-width:640px;margin:0 auto;padding:32px 16px">
<p style="margin:0 0 24px;font-weight:bold;color:#004b87">Forum Kommunalpakt</p>
<h1 style="font-size:28px;margin:0 0 16px">${escapeHtml(d.title)}</h1>
${d.paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('\n')}
${d.formHtml ?? ''}
<p style="margin:24px 0 0"><a href="${escapeHtml(d.homeUrl)}" style="color:#004b87;text-decoration:underline">Zum Forum Kommunalpakt</a></p>
</main>
</body>
</html>
`;
}

export const newLinkForm = `<form method="post" action="/mail/confirm/new" style="margin:24px 0">
<label for="email" style="display:block;font-weight:bold;margin:0 0 8px">E-Mail-Adresse</label>
<input id="email" name="email" type="email" autocomplete="email" required style="font-size:18px;padding:8px;width:100%;max-width:400px;box-sizing:border-box;border:2px solid #4a4a4a;border-radius:4px">
<button type="submit" style="display:block;margin:16px 0 0;font-size:18px;padding:10px 20px;background:#004b87;color:#ffffff;border:none;border-radius:4px;cursor:pointer">Neuen Bestätigungslink senden</button>
</form>`;
