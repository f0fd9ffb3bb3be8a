// A damaged .gz or .bz2 dump loses nothing readable: cut at several points, the CLI writes every complete page
// before the cut — the same records as `gzip -dc cut.gz | bn-wikitext -` (or bzip2 -dc) — then says where, exit 1.
// e.g. the shared dump's .bz2 cut at 35 % → the pages of its complete bzip2 blocks, then
// "bzip2 data is damaged or cut off: Compressed file ends unexpectedly (after 5405000 bytes of XML, line 31212) …".
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { runCli, lines, root } from '../cli/helpers.js';
import { openInput } from '../../src/dump/open-input.js';

const dumpGz = join(root, '..', 'shared', 'corpus', 'bnwiki-300.xml.gz');
const hasBzip2 = spawnSync('sh', ['-c', 'command -v bzip2']).status === 0;
/** Cut points, as a share of the compressed file: inside the header, early, middle, late, just before the end. */
const CUTS = [0.000004, 0.05, 0.35, 0.7, 0.999];
/** Cheap records that still name each page (id, revision id): the pages are what is compared. */
const ARGS = ['--fields', 'title,id,revid', '--ns', 'all', '--workers', '1', '-q'];

let dir: string;
let xml: Buffer;
const files: Record<'gz' | 'bz2', string> = { gz: '', bz2: '' };
let allRecords: string[];

/** The first `share` of a file's bytes, written beside it. */
function cut(file: string, share: number): string {
  const bytes = readFileSync(file);
  const out = `${file}.cut-${share}`;
  writeFileSync(out, bytes.subarray(0, Math.max(1, Math.floor(bytes.length * share))));
  return out;
}

/** What the command-line decompressor gets out of a (damaged) file, ignoring its complaint. */
const decompressWithTool = (tool: string, file: string): Buffer =>
  spawnSync(tool, ['-dc', file], { maxBuffer: 1 << 30 }).stdout;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bn-wikitext-damaged-'));
  xml = gunzipSync(readFileSync(dumpGz));
  files.gz = join(dir, 'dump.xml.gz');
  writeFileSync(files.gz, readFileSync(dumpGz));
  if (hasBzip2) {
    files.bz2 = join(dir, 'dump.xml.bz2');
    writeFileSync(files.bz2, spawnSync('bzip2', ['-c'], { input: xml, maxBuffer: 1 << 30 }).stdout);
  }
  allRecords = runCli([files.gz, ...ARGS])
    .stdout.split('\n')
    .filter(Boolean);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  { ext: 'gz' as const, tool: 'gzip', message: /gzip data is damaged or cut off: unexpected end of file/ },
  {
    ext: 'bz2' as const,
    tool: 'bzip2',
    message: /bzip2 data is damaged or cut off: Compressed file ends unexpectedly/,
  },
])('a .$ext dump cut off', ({ ext, tool, message }) => {
  it.skipIf(ext === 'bz2' && !hasBzip2).each(CUTS)(
    `at %s of its bytes: the same pages as ${tool} -dc piped in, then where it broke, exit 1`,
    (share) => {
      const file = cut(files[ext], share);
      const readable = decompressWithTool(tool, file);
      const ours = runCli([file, ...ARGS]);
      expect(ours.status).toBe(1);
      expect(ours.stderr).toMatch(message);
      if (readable.length === 0) {
        expect(ours.stdout).toBe(''); // cut inside the header: nothing to read
        return;
      }
      const piped = runCli(['-', ...ARGS], readable);
      const records = ours.stdout.split('\n').filter(Boolean);
      expect(records).toEqual(piped.stdout.split('\n').filter(Boolean));
      expect(records).toEqual(allRecords.slice(0, records.length)); // a prefix of the whole dump's records
      if (share >= 0.05) expect(records.length).toBeGreaterThan(0);
      // where: the XML bytes and line reached, and the page the input stops in
      const reached = readable.length;
      expect(ours.stderr).toMatch(
        /\(after \d+ bytes of XML, line \d+\); the input stops inside page '.+' \(id \d+\) begun on line \d+/,
      );
      expect(Number(/after (\d+) bytes of XML/.exec(ours.stderr)?.[1])).toBeGreaterThanOrEqual(reached);
      expect(lines(ours.stdout).length).toBe(records.length);
    },
  );
});

describe('the JavaScript bzip2 decoder (used when the bzip2 program is missing)', () => {
  it.skipIf(!hasBzip2).each(CUTS.slice(1))(
    'at %s: yields a prefix of the XML at least as long as bzip2 -dc gives, then throws',
    async (share) => {
      const file = cut(files.bz2, share);
      const input = await openInput(file, { bzip2: 'js' });
      const got: Buffer[] = [];
      let error = '';
      try {
        for await (const c of input.chunks) got.push(c);
      } catch (e) {
        error = (e as Error).message;
      }
      const bytes = Buffer.concat(got);
      expect(error).toBe('bzip2 data is damaged or cut off');
      expect(bytes.length).toBeGreaterThanOrEqual(decompressWithTool('bzip2', file).length);
      expect(bytes.equals(xml.subarray(0, bytes.length))).toBe(true);
    },
  );

  it.skipIf(!hasBzip2)('decodes a whole file to the same bytes as the program', async () => {
    const input = await openInput(files.bz2, { bzip2: 'js' });
    const got: Buffer[] = [];
    for await (const c of input.chunks) got.push(c);
    expect(Buffer.concat(got).equals(xml)).toBe(true);
  });
});
