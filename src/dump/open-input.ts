// Opens one input (a path, or '-' for stdin) as a stream of decompressed bytes and says what it holds:
// `bnwiki-latest-pages-articles.xml.bz2` → { kind: 'xml', compression: 'bz2' }, `ঢাকা.wiki` → { kind: 'wikitext' }.
import { open } from 'node:fs/promises';
import { PassThrough, Readable } from 'node:stream';
import zlib from 'node:zlib';
import unbzip2 from 'unbzip2-stream';

export type Compression = 'none' | 'gzip' | 'bz2';
export type InputKind = 'xml' | 'wikitext';

/** Bytes read so far: `raw` from the file or stdin, `bytes` after decompression. */
export interface ByteCounters { raw: number; bytes: number }

export interface OpenedInput {
  /** The input as the user named it ('-' for stdin). */
  name: string;
  kind: InputKind;
  compression: Compression;
  /** Size on disk, or null for stdin and pipes. */
  size: number | null;
  /** Decompressed bytes, from the very first one. */
  chunks: AsyncIterable<Buffer>;
  counters: ByteCounters;
  /** Stops reading (e.g. after `--limit`) and releases the file. */
  close(): void;
}

/** A missing or unreadable input: the CLI exits 2 with this message. */
export class InputError extends Error {
  constructor(readonly input: string, reason: string) {
    super(`cannot read '${input}': ${reason}`);
  }
}

const GZIP_MAGIC = [0x1f, 0x8b];
const BZIP2_MAGIC = [0x42, 0x5a, 0x68]; // "BZh"

/** Compression from the first bytes, else from the name: 1f 8b → gzip, "BZh" → bz2. */
export function detectCompression(head: Buffer, name: string): Compression {
  const starts = (magic: number[]): boolean => magic.every((b, i) => head[i] === b);
  if (starts(GZIP_MAGIC)) return 'gzip';
  if (starts(BZIP2_MAGIC)) return 'bz2';
  if (head.length < 3 && /\.gz$/i.test(name)) return 'gzip';
  if (head.length < 3 && /\.bz2$/i.test(name)) return 'bz2';
  return 'none';
}

/** An XML dump if the content starts with `<?xml` or `<mediawiki` (after a BOM or blanks), or the name says .xml. */
export function detectKind(head: Buffer, name: string): InputKind {
  const start = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<?xml') || start.startsWith('<mediawiki')) return 'xml';
  if (/\.xml(\.gz|\.bz2)?$/i.test(name)) return 'xml';
  return 'wikitext';
}

/** Pulls chunks until at least `n` bytes are buffered or the stream ends. */
async function peek(it: AsyncIterator<Buffer>, n: number): Promise<Buffer[]> {
  const head: Buffer[] = [];
  let have = 0;
  while (have < n) {
    const r = await it.next();
    if (r.done) break;
    const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
    head.push(chunk);
    have += chunk.length;
  }
  return head;
}

/** Yields the peeked chunks again, then the rest, counting bytes as they pass. */
async function* replay(head: Buffer[], it: AsyncIterator<Buffer>, count: (n: number) => void): AsyncGenerator<Buffer> {
  for (const chunk of head) {
    count(chunk.length);
    yield chunk;
  }
  for (;;) {
    const r = await it.next();
    if (r.done) return;
    const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
    count(chunk.length);
    yield chunk;
  }
}

/** Pipes `source` through a gzip or bz2 decoder (multi-member/multistream both), errors passed on. */
function decompress(source: Readable, compression: Compression): Readable {
  if (compression === 'none') return source;
  const out = new PassThrough();
  // Gzip errors keep their own message ("unexpected end of file"); we say which decoder failed.
  // unbzip2-stream reports a cut-off block as a TypeError deep inside the decoder: no detail worth showing then.
  const fail = (what: string) => (e: Error) =>
    out.destroy(Object.assign(new Error(e instanceof TypeError ? what : `${what}: ${e.message}`), { cause: e }));
  source.on('error', fail('read error'));
  if (compression === 'gzip') {
    const gunzip = zlib.createGunzip();
    gunzip.on('error', fail('gzip data is damaged or cut off'));
    source.pipe(gunzip).pipe(out);
  } else {
    const bunzip = unbzip2();
    bunzip.on('error', fail('bzip2 data is damaged or cut off'));
    source.pipe(bunzip).pipe(out);
  }
  return out;
}

/** Opens a file or stdin ('-'); throws InputError when it is missing or unreadable. */
export async function openInput(name: string): Promise<OpenedInput> {
  let raw: Readable;
  let size: number | null = null;
  if (name === '-') {
    raw = process.stdin;
  } else {
    try {
      const fh = await open(name, 'r');
      const st = await fh.stat();
      if (st.isDirectory()) { await fh.close(); throw new InputError(name, 'it is a directory'); }
      size = st.isFile() ? st.size : null;
      raw = fh.createReadStream({ highWaterMark: 1 << 16 });
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(name, reasonOf(e));
    }
  }
  const counters: ByteCounters = { raw: 0, bytes: 0 };
  const rawIt = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let rawHead: Buffer[];
  try {
    rawHead = await peek(rawIt, 3);
  } catch (e) {
    throw new InputError(name, reasonOf(e));
  }
  const compression = detectCompression(Buffer.concat(rawHead), name);
  const rawStream = Readable.from(replay(rawHead, rawIt, (n) => { counters.raw += n; }), { objectMode: false });
  const decoded = decompress(rawStream, compression);
  const decodedIt = decoded[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  // A decoder error this early (damaged gzip header …) is kept and thrown again when the chunks are read.
  let early: unknown = null;
  const head = await peek(decodedIt, 256).catch((e: unknown) => { early = e; return [] as Buffer[]; });
  const kind = detectKind(Buffer.concat(head), name);
  const failing: AsyncIterator<Buffer> = { next: () => Promise.reject(early) };
  const chunks = replay(head, early === null ? decodedIt : failing, (n) => { counters.bytes += n; });
  const close = (): void => {
    decoded.destroy();
    rawStream.destroy();
    if (raw !== process.stdin) raw.destroy();
    else process.stdin.pause();
  };
  return { name, kind, compression, size, chunks, counters, close };
}

/** "ENOENT: no such file or directory, open 'x'" → "no such file or directory". */
export function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
  };
  return (err?.code && reasons[err.code]) || (err?.message ?? String(e));
}
