// Opening an input (src/dump/open-input.ts): compression and kind from the first bytes (else the name), byte
// counters, gzip and bzip2 (the program and the JavaScript decoder) whole and cut off, and the reasons given for
// inputs that cannot be read. e.g. `ঢাকা.xml.gz` → { compression: 'gzip', kind: 'xml' }, its bytes decompressed.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import {
  detectCompression,
  detectKind,
  openInput,
  reasonOf,
  findBzip2,
  InputError,
  type OpenedInput,
} from '../../src/dump/open-input.js';

const hasBzip2 = findBzip2() !== null;
const XML = `<mediawiki><page><title>ঢাকা</title><revision><text>${'বাংলা লেখা। '.repeat(40000)}</text></revision></page></mediawiki>\n`;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bn-wikitext-open-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, bytes: Buffer | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** All the decompressed bytes, or what came before the error and the error. */
async function drain(input: OpenedInput): Promise<{ bytes: Buffer; error: Error | null }> {
  const parts: Buffer[] = [];
  try {
    for await (const c of input.chunks) parts.push(c);
    return { bytes: Buffer.concat(parts), error: null };
  } catch (e) {
    return { bytes: Buffer.concat(parts), error: e as Error };
  } finally {
    input.close();
  }
}

describe('detectCompression', () => {
  it.each([
    [[0x1f, 0x8b, 8], 'x', 'gzip'],
    [[0x42, 0x5a, 0x68, 0x39], 'x', 'bz2'],
    [[0x1f], 'dump.xml.GZ', 'gzip'], // too short to tell: the name says
    [[0x42, 0x5a], 'dump.xml.bz2', 'bz2'],
    [[], 'dump.bz2', 'bz2'],
    [[0x1f, 0x00, 0x00], 'dump.gz', 'none'], // long enough to tell: the content wins over the name
    [[0x42, 0x5a, 0x00], 'dump.bz2', 'none'],
    [[0x8b, 0x1f, 0x00], 'x', 'none'],
    [[0x42, 0x00, 0x68], 'x', 'none'],
    [[0x1f], 'dump.gz.txt', 'none'],
    [[0x42], 'dump.bz2.txt', 'none'],
  ])('%j named %s → %s', (head, name, compression) => {
    expect(detectCompression(Buffer.from(head), name)).toBe(compression);
  });
});

describe('detectKind', () => {
  it.each([
    ['<?xml version="1.0"?>', 'x', 'xml'],
    ['\uFEFF  \n<mediawiki xmlns="…">', 'x', 'xml'],
    ['\uFEFF<?xml', 'x', 'xml'],
    ["'''ঢাকা''' <mediawiki>", 'x', 'wikitext'],
    ['ঢাকা\uFEFF<?xml', 'x', 'wikitext'],
    ['ঢাকা', 'dump.xml', 'xml'],
    ['ঢাকা', 'dump.XML.gz', 'xml'],
    ['ঢাকা', 'dump.xml.bz2', 'xml'],
    ['ঢাকা', 'dump.xml.zip', 'wikitext'],
    ['ঢাকা', 'dump.xmlx', 'wikitext'],
    ['ঢাকা', 'dump.gz', 'wikitext'],
  ])('%j named %s → %s', (head, name, kind) => {
    expect(detectKind(Buffer.from(head), name)).toBe(kind);
  });
});

describe('openInput', () => {
  it('a plain file: its bytes, size and counters', async () => {
    const path = file('plain.xml', XML);
    const input = await openInput(path);
    expect([input.name, input.kind, input.compression, input.size]).toEqual([
      path,
      'xml',
      'none',
      Buffer.byteLength(XML),
    ]);
    const { bytes, error } = await drain(input);
    expect(error).toBeNull();
    expect(bytes.toString()).toBe(XML);
    expect(input.counters).toEqual({ raw: Buffer.byteLength(XML), bytes: Buffer.byteLength(XML) });
  });

  it('a gzip file by its content, whatever its name; raw counts the compressed bytes', async () => {
    const gz = gzipSync(XML);
    const input = await openInput(file('dump.data', gz));
    expect([input.kind, input.compression, input.size]).toEqual(['xml', 'gzip', gz.length]);
    const { bytes } = await drain(input);
    expect(bytes.toString()).toBe(XML);
    expect(input.counters).toEqual({ raw: gz.length, bytes: Buffer.byteLength(XML) });
  });

  it('a cut gzip file: every byte it decoded, then the reason', async () => {
    const gz = gzipSync(XML);
    const { bytes, error } = await drain(await openInput(file('cut.gz', gz.subarray(0, gz.length >> 1))));
    expect(error?.message).toBe('gzip data is damaged or cut off: unexpected end of file');
    expect(bytes.length).toBeGreaterThan(0);
    expect(XML.startsWith(bytes.toString('utf8').replace(/\uFFFD$/, ''))).toBe(true);
  });

  it('a gzip header that is itself damaged: the reason comes with the first read', async () => {
    const gz = gzipSync(XML);
    gz[3] = 0xff; // reserved flag bits
    const input = await openInput(file('bad-header.gz', gz));
    expect(input.compression).toBe('gzip');
    const { bytes, error } = await drain(input);
    expect(bytes.length).toBe(0);
    expect(error?.message).toMatch(/^gzip data is damaged or cut off: /);
  });

  it('an empty file is empty wikitext', async () => {
    const input = await openInput(file('empty.wiki', ''));
    expect([input.kind, input.compression, input.size]).toEqual(['wikitext', 'none', 0]);
    expect((await drain(input)).bytes.length).toBe(0);
  });

  // without the bzip2 program there is no file to decode: skipped (and so reported), never passed empty
  it.skipIf(!hasBzip2).each(['program', 'js'] as const)(
    'bzip2 with the %s decoder: whole, and cut (every complete block, then the reason)',
    async (bzip2) => {
      const bz = spawnSync('bzip2', ['-c', '-1'], { input: XML, maxBuffer: 1 << 28 }).stdout;
      const whole = await openInput(file(`whole-${bzip2}.bz2`, bz), { bzip2 });
      expect([whole.kind, whole.compression]).toEqual(['xml', 'bz2']);
      expect((await drain(whole)).bytes.toString()).toBe(XML);
      const cut = await drain(
        await openInput(file(`cut-${bzip2}.bz2`, bz.subarray(0, Math.floor(bz.length * 0.8))), { bzip2 }),
      );
      expect(cut.error?.message).toMatch(/^bzip2 data is damaged or cut off/);
      expect(cut.error?.message).not.toMatch(/bzip2: |;$/);
      if (bzip2 === 'program') {
        expect(cut.error?.message).toBe('bzip2 data is damaged or cut off: Compressed file ends unexpectedly');
        expect(cut.bytes.length).toBeGreaterThan(100_000); // the first 100 k block
        expect(XML.startsWith(cut.bytes.toString('utf8'))).toBe(true);
      }
    },
  );

  it('close() stops the reading early: what is still read afterwards is far less than the whole', async () => {
    const whole = Buffer.byteLength(XML);
    const input = await openInput(file('early.xml', XML));
    const it = input.chunks[Symbol.asyncIterator]();
    let read = ((await it.next()).value as Buffer).length;
    input.close();
    try {
      for (let r = await it.next(); !r.done; r = await it.next()) read += (r.value as Buffer).length;
    } catch {
      /* a destroyed stream may end with an error */
    }
    expect(read).toBeLessThan(whole / 2);
  });

  it('a missing file or a folder: an InputError naming it and the reason', async () => {
    await expect(openInput(join(dir, 'নেই.xml'))).rejects.toThrow(
      new InputError(join(dir, 'নেই.xml'), 'no such file or directory'),
    );
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const e = await openInput(folder).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toBe(`cannot read '${folder}': it is a directory`);
    expect((e as InputError).input).toBe(folder);
  });
});

describe('reasonOf', () => {
  const err = (code: string, message = `${code}: something, open 'x'`) => Object.assign(new Error(message), { code });
  it.each([
    [err('ENOENT'), 'no such file or directory'],
    [err('EACCES'), 'permission denied'],
    [err('EISDIR'), 'it is a directory'],
    [err('ENOTDIR'), 'a part of the path is not a directory'],
    [err('EIO', 'EIO: i/o error, read'), 'EIO: i/o error, read'],
    [new Error('ভাঙা'), 'ভাঙা'],
    ['just text', 'just text'],
    [null, 'null'],
  ])('%s → %s', (e, reason) => {
    expect(reasonOf(e)).toBe(reason);
  });
});
