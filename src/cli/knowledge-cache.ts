/**
 * A JSON copy of the loaded knowledge base, written by `kb build` beside the search index, so that
 * `kb ask` answers without loading the YAML, schema and Markdown parsers (most of its start-up
 * time). It is used only while the folder's files are byte for byte the ones it was built from.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LoadedKnowledge } from '../knowledge/model';

const FORMAT = 'kb-knowledge-cache/1';

interface CacheFile {
  format: string;
  /** The folder it was loaded from, resolved (article file names are relative to it). */
  dir: string;
  /** folderHash() of that folder when it was loaded. */
  hash: string;
  knowledge: LoadedKnowledge;
}

/** Where the copy for the index at `indexPath` goes: dist/kb-index.json -> dist/kb-index.knowledge.json. */
export function knowledgeCachePath(indexPath: string): string {
  return `${indexPath.replace(/\.json$/i, '')}.knowledge.json`;
}

/** A hash of the names and bytes of every file in `dir`: any edit, addition or removal changes it. */
export function folderHash(dir: string): string {
  const hash = createHash('sha256');
  const names = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    hash.update(`${name}\0`);
    hash.update(fs.readFileSync(path.join(dir, name)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Writes the copy of `knowledge`, loaded from `dir`, to `file`. */
export function writeKnowledgeCache(file: string, dir: string, knowledge: LoadedKnowledge): void {
  const content: CacheFile = { format: FORMAT, dir: path.resolve(dir), hash: folderHash(dir), knowledge };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(content));
}

/** The copy in `file` when it was made from `dir` as it is now; undefined otherwise (then load the folder). */
export function readKnowledgeCache(file: string, dir: string): LoadedKnowledge | undefined {
  let cached: Partial<CacheFile>;
  try {
    cached = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<CacheFile>;
  } catch {
    return undefined;
  }
  if (cached.format !== FORMAT || cached.dir !== path.resolve(dir) || !cached.knowledge) return undefined;
  try {
    return cached.hash === folderHash(dir) ? cached.knowledge : undefined;
  } catch {
    return undefined;
  }
}
