// @ts-check
/**
 * Reads a mailbox of the local stack's GreenMail over IMAP (plain, 127.0.0.1:3143; GreenMail takes any password):
 * LOGIN, SELECT INBOX, FETCH every message, LOGOUT — always LOGOUT, as GreenMail spins a core after a client that
 * leaves without it. Only what the browser test needs: the decoded text of each mail's parts.
 */
import { connect } from 'node:net';

const IMAP_HOST = process.env.IMAP_HOST || '127.0.0.1';
const IMAP_PORT = Number(process.env.IMAP_PORT || 3143);

/**
 * The mails in `address`'s INBOX, each as its subject and the text of all its text parts (decoded).
 * @param {string} address
 * @returns {Promise<{ subject: string, text: string }[]>}
 */
export async function mailsOf(address) {
  const session = await imapSession();
  try {
    await session.command(`LOGIN ${quoted(address)} "any-password"`);
    const selected = (await session.command('SELECT INBOX')).toString('latin1');
    if (Number(/^\* (\d+) EXISTS/m.exec(selected)?.[1] ?? 0) === 0) return [];
    const fetched = await session.command('FETCH 1:* (BODY.PEEK[])');
    return literals(fetched).map((raw) => {
      const mail = parsePart(raw);
      return { subject: decodeWords(mail.headers.get('subject') ?? ''), text: partText(mail) };
    });
  } finally {
    await session.command('LOGOUT').catch(() => {});
    session.close();
  }
}

/** @param {string} value */
const quoted = (value) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** A connection that sends tagged commands one at a time and answers each with everything the server sent for it. */
async function imapSession() {
  const socket = connect({ host: IMAP_HOST, port: IMAP_PORT });
  socket.setTimeout(10_000, () => socket.destroy(new Error('IMAP server did not answer within 10 s')));
  /** @type {Buffer} */
  let received = Buffer.alloc(0);
  /** @type {(() => void) | null} */
  let onData = null;
  /** @type {Error | null} */
  let failure = null;
  socket.on('data', (chunk) => {
    received = Buffer.concat([received, chunk]);
    onData?.();
  });
  socket.on('error', (error) => {
    failure = error;
    onData?.();
  });
  socket.on('close', () => {
    failure ??= new Error('IMAP connection closed');
    onData?.();
  });
  /** Resolves with the bytes up to and including the first line that `done` accepts. @param {(line: string) => boolean} done */
  const until = (done) =>
    new Promise((resolve, reject) => {
      const check = () => {
        let start = 0;
        for (let end = received.indexOf('\r\n', start); end >= 0; end = received.indexOf('\r\n', start)) {
          const line = received.subarray(start, end).toString('latin1');
          const literal = /\{(\d+)\}$/.exec(line);
          if (literal) {
            // skip the literal's bytes, which may hold lines of their own
            const after = end + 2 + Number(literal[1]);
            if (received.length < after) break;
            start = after;
            continue;
          }
          start = end + 2;
          if (done(line)) {
            const answer = received.subarray(0, start);
            received = received.subarray(start);
            onData = null;
            resolve(answer);
            return;
          }
        }
        if (failure) {
          onData = null;
          reject(failure);
        }
      };
      onData = check;
      check();
    });
  await until((line) => line.startsWith('* OK'));
  let tags = 0;
  return {
    /**
     * @param {string} command
     * @returns {Promise<Buffer>}
     */
    async command(command) {
      const tag = `e2e${++tags}`;
      socket.write(`${tag} ${command}\r\n`);
      const answer = /** @type {Buffer} */ (await until((line) => line.startsWith(`${tag} `)));
      const status = answer.subarray(answer.lastIndexOf(`${tag} `)).toString('latin1');
      if (!status.startsWith(`${tag} OK`)) {
        throw new Error(`IMAP ${command.split(' ')[0]} refused: ${status.trim()}`);
      }
      return answer;
    },
    close: () => socket.destroy(),
  };
}

/** The literals (`{n}\r\n` + n bytes) of a FETCH answer: one raw message each. @param {Buffer} answer */
function literals(answer) {
  /** @type {Buffer[]} */
  const found = [];
  for (let at = 0; ; ) {
    const open = answer.indexOf('{', at);
    if (open < 0) return found;
    const close = answer.indexOf('}\r\n', open);
    if (close < 0) return found;
    const digits = answer.subarray(open + 1, close).toString('latin1');
    if (!/^\d+$/.test(digits)) {
      at = open + 1;
      continue;
    }
    const size = Number(digits);
    found.push(answer.subarray(close + 3, close + 3 + size));
    at = close + 3 + size;
  }
}

/**
 * @typedef {{ headers: Map<string, string>, body: Buffer }} Part
 * @param {Buffer} raw
 * @returns {Part}
 */
function parsePart(raw) {
  const split = raw.indexOf('\r\n\r\n');
  const head = (split < 0 ? raw : raw.subarray(0, split)).toString('latin1').replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: split < 0 ? Buffer.alloc(0) : raw.subarray(split + 4) };
}

/** The decoded text of a part and of every text part inside it. @param {Part} part @returns {string} */
function partText(part) {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const body = part.body.toString('latin1');
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((chunk) => !chunk.startsWith('--'))
      .map((chunk) => partText(parsePart(Buffer.from(chunk.replace(/^\r\n/, ''), 'latin1'))))
      .join('\n');
  }
  if (!/^text\//i.test(type)) return '';
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(part.body.toString('latin1').replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? quotedPrintable(part.body.toString('latin1'))
        : part.body;
  return bytes.toString('utf8');
}

/** @param {string} text */
function quotedPrintable(text) {
  const soft = text.replace(/=\r\n/g, '');
  /** @type {number[]} */
  const bytes = [];
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(soft.charCodeAt(i));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words of a header (=?UTF-8?B?…?= and =?UTF-8?Q?…?=). @param {string} value */
function decodeWords(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset, kind, text) =>
      (kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedPrintable(text.replace(/_/g, ' '))).toString('utf8'),
    );
}
