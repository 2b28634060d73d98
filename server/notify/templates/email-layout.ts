import { escapeHtml } from '../../domain/escape-html.js';

export interface EmailParts {
  heading: string;
  paragraphs: string[];
  details?: [label: string, value: string][];
  buttons?: { label: string; href: string }[];
  footer: string;
  /** The language of the words, for <html lang> (screen readers pick their voice by it). */
  lang?: string;
}

/**
 * One readable email in two forms: plain text, and HTML that works in mail clients (tables,
 * inline styles, no images or scripts). Every value is escaped here, once.
 */
export function renderEmail(p: EmailParts): { text: string; html: string } {
  const text = [
    p.heading,
    '',
    ...p.paragraphs.flatMap((x) => [x, '']),
    ...(p.details?.length ? [...p.details.map(([k, v]) => `${k}: ${v}`), ''] : []),
    ...(p.buttons ?? []).map((b) => `${b.label}: ${b.href}`),
    ...(p.buttons?.length ? [''] : []),
    '—',
    p.footer,
  ].join('\n');

  const e = escapeHtml;
  const rows = (p.details ?? [])
    .map(
      ([k, v]) =>
        `<tr><td style="padding:6px 12px 6px 0;color:#4d4a56;font-size:14px;vertical-align:top;white-space:nowrap">${e(k)}</td>` +
        `<td style="padding:6px 0;color:#1c1a21;font-size:15px;font-weight:600">${e(v)}</td></tr>`,
    )
    .join('');
  const buttons = (p.buttons ?? [])
    .map(
      (b) =>
        `<a href="${e(b.href)}" style="display:inline-block;margin:0 8px 8px 0;padding:12px 20px;background:#b0122a;color:#ffffff;` +
        `text-decoration:none;border-radius:6px;font-weight:600;font-size:15px">${e(b.label)}</a>`,
    )
    .join('');
  const html =
    `<!DOCTYPE html><html lang="${e(p.lang ?? 'en')}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${e(p.heading)}</title></head>` +
    '<body style="margin:0;padding:0;background:#f6f4f1;font-family:\'Noto Sans\',Arial,sans-serif">' +
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f6f4f1"><tr><td align="center" style="padding:24px 12px">' +
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;overflow:hidden">' +
    '<tr><td style="background:#17131d;color:#ffffff;padding:16px 24px;font-size:20px;font-weight:700">Movie Magic</td></tr>' +
    `<tr><td style="padding:24px"><h1 style="margin:0 0 16px;font-size:22px;color:#1c1a21">${e(p.heading)}</h1>` +
    p.paragraphs.map((x) => `<p style="margin:0 0 12px;font-size:15px;line-height:1.5;color:#1c1a21">${e(x)}</p>`).join('') +
    (rows ? `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 16px">${rows}</table>` : '') +
    (buttons ? `<p style="margin:16px 0 0">${buttons}</p>` : '') +
    '</td></tr>' +
    `<tr><td style="padding:16px 24px;border-top:1px solid #d9d5cf;color:#4d4a56;font-size:12px">${e(p.footer)}</td></tr>` +
    '</table></td></tr></table></body></html>';
  return { text, html };
}
