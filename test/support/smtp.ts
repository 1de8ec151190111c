// A real SMTP server on loopback for the tests that follow an e-mail to its recipient.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Received {
  to: string[];
  raw: string;
}

export interface TestSmtp {
  server: SMTPServer;
  port: number;
  received: Received[];
  rejected(): number;
  close(): Promise<void>;
}

/** Accepts every message, or refuses recipients while shouldReject() says so. */
export async function startSmtp(shouldReject: () => boolean = () => false): Promise<TestSmtp> {
  const received: Received[] = [];
  let rejected = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!shouldReject()) return callback();
      rejected++;
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    port: (server.server.address() as AddressInfo).port,
    received,
    rejected: () => rejected,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The first application/pdf part of a MIME message, decoded. */
export function pdfAttachment(raw: string): { filename: string; data: Buffer } | null {
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(raw)?.[1];
  if (!boundary) return null;
  for (const part of raw.split(`--${boundary}`)) {
    if (!/Content-Type: application\/pdf/i.test(part)) continue;
    const [headers, ...body] = part.split(/\r?\n\r?\n/);
    const filename = /filename="?([^";\r\n]+)"?/.exec(headers)?.[1] ?? '';
    return { filename, data: Buffer.from(body.join('').replace(/\s+/g, ''), 'base64') };
  }
  return null;
}

/** The text parts of a MIME message (quoted-printable and base64 decoded), for "never a byte" checks. */
export function messageText(raw: string): string {
  const decodedQp = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const base64Parts = [...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi)].map((m) =>
    Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8'),
  );
  return [decodedQp, ...base64Parts].join('\n');
}
