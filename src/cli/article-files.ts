// The article files of a folder, and a title from a file name: `fixtures/ঢাকা_শহর.wiki` → "ঢাকা শহর".
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join } from 'node:path';

/** A file worth converting in a folder: .wiki or .txt. */
const isArticleFile = (name: string): boolean => /\.(wiki|txt)$/i.test(name);

/** Every .wiki/.txt below `dir` (following file symlinks, not folder ones), sorted by code point. */
export function listArticleFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (rel: string): void => {
    const entries: Dirent[] = readdirSync(join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path);
      else if (isArticleFile(e.name) && (e.isFile() || (e.isSymbolicLink() && statSync(join(dir, path)).isFile())))
        found.push(path);
    }
  };
  walk('');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((rel) => join(dir, rel));
}

/** "fixtures/ঢাকা_শহর.wiki" → "ঢাকা শহর". */
export const titleFromPath = (path: string): string => basename(path, extname(path)).replace(/_/g, ' ');
