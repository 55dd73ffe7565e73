import { randomBytes } from 'node:crypto';

/** RFC 5322 / MIME messages, built by hand: text in quoted-printable UTF-8, optional PDF attachment. */

export interface MailMessage {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly attachment?: { readonly filename: string; readonly contentType: string; readonly data: Buffer };
}

/** Quoted-printable (RFC 2045) of UTF-8 text, CRLF line ends, soft breaks before 76 columns. */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r?\n/g, '\n')
    .split('\n')
    .map((line) => {
      const bytes = Buffer.from(line, 'utf8');
      let out = '';
      let width = 0;
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const plain = (b >= 33 && b <= 126 && b !== 61) || (b === 32 && !last);
        const token = plain ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
        if (width + token.length > 75) {
          out += '=\r\n';
          width = 0;
        }
        out += token;
        width += token.length;
      });
      return out;
    })
    .join('\r\n');
}

/** RFC 2047 encoded word for headers with accents. */
export function encodeHeader(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

/** RFC 5322 date in Bogotá time: "Fri, 20 Nov 2026 09:03:00 -0500". */
export function rfc5322Date(date: Date): string {
  const local = new Date(date.getTime() - 5 * 3_600_000);
  const [wd, d, m, y, t] = local.toUTCString().replace(',', '').split(' ');
  return `${wd}, ${d} ${m} ${y} ${t} -0500`;
}

function wrap76(b64: string): string {
  return (b64.match(/.{1,76}/g) ?? []).join('\r\n');
}

export function buildEml(
  msg: MailMessage,
  domain: string,
  now: Date,
): { readonly messageId: string; readonly raw: string } {
  const messageId = `<${now.getTime()}.${randomBytes(8).toString('hex')}@${domain}>`;
  const head = [
    `From: ${msg.from}`,
    `To: ${msg.to}`,
    `Subject: ${encodeHeader(msg.subject)}`,
    `Date: ${rfc5322Date(now)}`,
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
  ];
  const textPart = [
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(msg.text),
  ];
  if (!msg.attachment) {
    return { messageId, raw: `${[...head, ...textPart].join('\r\n')}\r\n` };
  }
  const boundary = `=_coopkiosk_${randomBytes(12).toString('hex')}`;
  const a = msg.attachment;
  const body = [
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    ...textPart,
    `--${boundary}`,
    `Content-Type: ${a.contentType}; name="${a.filename}"`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment; filename="${a.filename}"`,
    '',
    wrap76(a.data.toString('base64')),
    `--${boundary}--`,
  ];
  return { messageId, raw: `${[...head, ...body].join('\r\n')}\r\n` };
}
