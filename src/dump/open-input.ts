// Opens one input (a path, or '-' for stdin) as a stream of decompressed bytes and says what it holds:
// `bnwiki-latest-pages-articles.xml.bz2` → { kind: 'xml', compression: 'bz2' }, `ঢাকা.wiki` → { kind: 'wikitext' }.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { accessSync, constants as fsConstants } from 'node:fs';
import { open } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { Readable, type Duplex } from 'node:stream';
import zlib from 'node:zlib';

export type Compression = 'none' | 'gzip' | 'bz2';
export type InputKind = 'xml' | 'wikitext';

/** Bytes read so far: `raw` from the file or stdin, `bytes` after decompression. */
export interface ByteCounters {
  raw: number;
  bytes: number;
}

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
  constructor(
    readonly input: string,
    reason: string,
  ) {
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
  const start = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
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

/** How many decoded bytes may wait for the reader before the input is paused. */
const QUEUE_BYTES = 1 << 20;

/** Which bzip2 decoder: the `bzip2` program when it is on the PATH (native, and in its own process), else unbzip2-stream. */
export type Bzip2Decoder = 'program' | 'js';

/** The `bzip2` program on the PATH, or null. */
export function findBzip2(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const file = join(dir || '.', 'bzip2');
    try {
      accessSync(file, fsConstants.X_OK);
      return file;
    } catch {
      /* not here */
    }
  }
  return null;
}

/** A decoder error: says which decoder failed, keeps its own words unless they are a decoder-internal TypeError. */
function damaged(what: string, e: unknown): Error {
  const message = e instanceof TypeError || !(e instanceof Error) ? what : `${what}: ${e.message}`;
  return Object.assign(new Error(message), { cause: e });
}

/**
 * Feeds `raw` through an in-process decoder (zlib, unbzip2-stream) and yields what it decodes. The decoder is
 * never paused (the raw input is, when the reader lags), so a decoder error cannot drop bytes it decoded
 * before: every one of them is yielded, then the error is thrown.
 */
async function* throughDecoder(raw: Readable, decoder: Duplex, what: string): AsyncGenerator<Buffer> {
  const queue: Buffer[] = [];
  let queued = 0;
  let failure: unknown = null;
  let ended = false;
  let wake: (() => void) | null = null;
  let roomForMore: (() => void) | null = null;
  const signal = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const makeRoom = (): void => {
    const r = roomForMore;
    roomForMore = null;
    r?.();
  };
  decoder.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    queued += chunk.length;
    signal();
  });
  decoder.on('end', () => {
    ended = true;
    signal();
  });
  decoder.on('error', (e) => {
    failure ??= damaged(what, e);
    signal();
  });
  const writer = async (): Promise<void> => {
    for await (const chunk of raw) {
      if (failure) return;
      if (!decoder.write(chunk)) await once(decoder, 'drain');
      while (queued > QUEUE_BYTES && !failure)
        await new Promise<void>((r) => {
          roomForMore = r;
        });
    }
    decoder.end();
  };
  writer().catch((e: unknown) => {
    failure ??= damaged('read error', e);
    signal();
  }); // a decoder error is already kept
  try {
    for (;;) {
      const chunk = queue.shift();
      if (chunk) {
        queued -= chunk.length;
        if (queued <= QUEUE_BYTES) makeRoom();
        yield chunk;
        continue;
      }
      if (failure) throw failure;
      if (ended) return;
      await new Promise<void>((r) => {
        wake = r;
      });
    }
  } finally {
    decoder.destroy();
    raw.destroy();
  }
}

/**
 * Runs `raw` through the `bzip2 -dc` program and yields its output; the program writes every complete block
 * before it stops at damage, so all of them are yielded, then its complaint ("Compressed file ends unexpectedly").
 */
async function* throughBzip2Program(raw: Readable, program: string): AsyncGenerator<Buffer> {
  const child = spawn(program, ['-dc'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const errors: Buffer[] = [];
  child.stderr.on('data', (d: Buffer) => errors.push(d));
  child.stdin.on('error', () => {
    /* the program stopped reading: its exit status says why */
  });
  let readFailure: unknown = null;
  raw.on('error', (e) => {
    readFailure = e;
    child.stdin.destroy();
  });
  raw.pipe(child.stdin);
  const exited = new Promise<number | null>((resolve) => {
    child.on('close', (code) => resolve(code));
    child.on('error', () => resolve(null));
  });
  try {
    for await (const chunk of child.stdout) yield chunk as Buffer;
    const code = await exited;
    if (readFailure) throw damaged('read error', readFailure);
    if (code !== 0) {
      const said =
        Buffer.concat(errors)
          .toString('utf8')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)[0] ?? `exit status ${code}`;
      throw new Error(`bzip2 data is damaged or cut off: ${said.replace(/^bzip2: /, '').replace(/;$/, '')}`);
    }
  } finally {
    raw.unpipe(child.stdin);
    raw.destroy();
    if (child.exitCode === null) child.kill();
  }
}

/** The decompressed bytes of `raw`: gzip (multi-member) with zlib, bzip2 (multistream) with the program or in JS. */
function decompress(raw: Readable, compression: Compression, bzip2: Bzip2Decoder): AsyncIterable<Buffer> {
  if (compression === 'none') return raw;
  if (compression === 'gzip') return throughDecoder(raw, zlib.createGunzip(), 'gzip data is damaged or cut off');
  const program = bzip2 === 'program' ? findBzip2() : null;
  if (program) return throughBzip2Program(raw, program);
  return throughBzip2InJs(raw);
}

/** unbzip2-stream, loaded only when a .bz2 is read without the program. */
async function* throughBzip2InJs(raw: Readable): AsyncGenerator<Buffer> {
  const { default: unbzip2 } = await import('unbzip2-stream');
  yield* throughDecoder(raw, unbzip2() as unknown as Duplex, 'bzip2 data is damaged or cut off');
}

/** Opens a file or stdin ('-'); throws InputError when it is missing or unreadable. */
export async function openInput(name: string, options: { bzip2?: Bzip2Decoder } = {}): Promise<OpenedInput> {
  let raw: Readable;
  let size: number | null = null;
  if (name === '-') {
    raw = process.stdin;
  } else {
    try {
      const fh = await open(name, 'r');
      const st = await fh.stat();
      if (st.isDirectory()) {
        await fh.close();
        throw new InputError(name, 'it is a directory');
      }
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
  const rawStream = Readable.from(
    replay(rawHead, rawIt, (n) => {
      counters.raw += n;
    }),
    { objectMode: false },
  );
  const decodedIt = decompress(rawStream, compression, options.bzip2 ?? 'program')[Symbol.asyncIterator]();
  // A decoder error this early (damaged gzip header …) is kept and thrown again when the chunks are read.
  let early: unknown = null;
  const head = await peek(decodedIt, 256).catch((e: unknown) => {
    early = e;
    return [] as Buffer[];
  });
  const kind = detectKind(Buffer.concat(head), name);
  const failing: AsyncIterator<Buffer> = { next: () => Promise.reject(early) };
  const chunks = replay(head, early === null ? decodedIt : failing, (n) => {
    counters.bytes += n;
  });
  const close = (): void => {
    void decodedIt.return?.();
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
