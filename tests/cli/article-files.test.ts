// The article files of a folder (src/cli/article-files.ts): .wiki and .txt below it, symlinked files too but not
// symlinked folders, sorted by code point whatever order the disk lists them in; and a title from a file name.
// e.g. `ঢাকা_শহর.wiki` → "ঢাকা শহর"; `notes.wiki.bak` is no article.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listArticleFiles, titleFromPath } from '../../src/cli/article-files.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bn-wikitext-files-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('listArticleFiles', () => {
  it('lists .wiki and .txt files (any case) below the folder, sorted by code point, with the folder prefixed', () => {
    const root = join(dir, 'many');
    mkdirSync(join(root, 'খ', 'গ'), { recursive: true });
    // the disk lists a folder's entries, and the walk enters `a/` before `a-b.wiki`; sorted, `a/x.wiki` comes last
    mkdirSync(join(root, 'a'));
    writeFileSync(join(root, 'a', 'x.wiki'), 'লেখা');
    const names = ['zeta.wiki', 'Alpha.TXT', 'ঢাকা.wiki', 'b.txt', '10.wiki', 'ক.Wiki', 'a b.txt', 'a-b.wiki', 'a.wiki'];
    for (const n of names) writeFileSync(join(root, n), 'লেখা');
    writeFileSync(join(root, 'খ', 'গ', 'ঘ.wiki'), 'লেখা');
    writeFileSync(join(root, 'খ', 'নোট.wiki.bak'), 'না');
    writeFileSync(join(root, 'readme.md'), 'না');
    writeFileSync(join(root, 'wiki'), 'না');
    mkdirSync(join(root, 'folder.wiki'));
    const rel = [...names, 'খ/গ/ঘ.wiki', 'a/x.wiki'].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(listArticleFiles(root)).toEqual(rel.map((r) => join(root, r)));
  });

  it('follows a symlink to a file, not one to a folder', () => {
    const root = join(dir, 'links');
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(root);
    mkdirSync(join(elsewhere, 'sub'), { recursive: true });
    writeFileSync(join(elsewhere, 'আসল.wiki'), 'লেখা');
    writeFileSync(join(elsewhere, 'sub', 'ভিতরে.wiki'), 'লেখা');
    symlinkSync(join(elsewhere, 'আসল.wiki'), join(root, 'লিংক.wiki'));
    symlinkSync(join(elsewhere, 'sub'), join(root, 'ফোল্ডার.wiki'));
    symlinkSync(join(elsewhere, 'sub'), join(root, 'ফোল্ডার'));
    expect(listArticleFiles(root)).toEqual([join(root, 'লিংক.wiki')]);
  });

  it('an empty folder has no files; a missing one throws', () => {
    mkdirSync(join(dir, 'empty'));
    expect(listArticleFiles(join(dir, 'empty'))).toEqual([]);
    expect(() => listArticleFiles(join(dir, 'নেই'))).toThrow(/ENOENT/);
  });
});

describe('titleFromPath', () => {
  it.each([
    ['fixtures/ঢাকা_শহর.wiki', 'ঢাকা শহর'],
    ['/a/b/বাংলা_ভাষা_আন্দোলন.txt', 'বাংলা ভাষা আন্দোলন'],
    ['ক.খ.wiki', 'ক.খ'],
    ['নাম', 'নাম'],
  ])('%s → %s', (path, title) => {
    expect(titleFromPath(path)).toBe(title);
  });
});
