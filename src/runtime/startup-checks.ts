/**
 * Checks of the paths the configuration names, made before anything loads, so a wrong
 * KNOWLEDGE_DIR or INDEX_PATH stops the start with one line naming the variable and the fix
 * instead of a raw ENOENT from deep inside the loader.
 */
import fs from 'node:fs';
import { ConfigError } from '../config/load';
import type { AppConfig } from '../config/types';

const INIT_HINT = 'npm run kb -- init DIR writes a starter folder';

/** Throws a ConfigError when KNOWLEDGE_DIR is not a readable folder holding at least one article. */
export function checkKnowledgeDir(dir: string): void {
  const fix = `set KNOWLEDGE_DIR to your folder of Markdown articles (default knowledge/articles); ${INIT_HINT}`;
  let names: string[];
  try {
    if (!fs.statSync(dir).isDirectory()) throw new ConfigError('KNOWLEDGE_DIR', `is "${dir}", which is a file, not a folder: ${fix}`);
    names = fs.readdirSync(dir);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError('KNOWLEDGE_DIR', `is "${dir}", which ${reason(error)}: ${fix}`);
  }
  if (!names.some((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md')) {
    throw new ConfigError('KNOWLEDGE_DIR', `is "${dir}", which holds no articles (*.md files): add articles in the format of knowledge/README.md, or point it at another folder; ${INIT_HINT}`);
  }
}

/**
 * Throws a ConfigError when INDEX_PATH names something that can never be an index file (a folder,
 * an unreadable file). A missing or out-of-date index is no error: the engine builds one in memory.
 */
export function checkIndexPath(indexPath: string): void {
  const fix = 'point it at the file `npm run build` writes (default dist/kb-index.json), or unset it';
  let stat: fs.Stats;
  try {
    stat = fs.statSync(indexPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new ConfigError('INDEX_PATH', `is "${indexPath}", which ${reason(error)}: ${fix}`);
  }
  if (stat.isDirectory()) throw new ConfigError('INDEX_PATH', `is "${indexPath}", which is a folder, not a file: ${fix}`);
  try {
    fs.accessSync(indexPath, fs.constants.R_OK);
  } catch (error) {
    throw new ConfigError('INDEX_PATH', `is "${indexPath}", which ${reason(error)}: ${fix}`);
  }
}

/** Every path check of the start, in the order the variables are listed. */
export function checkStartupPaths(config: Pick<AppConfig, 'knowledgeDir' | 'indexPath'>): void {
  checkKnowledgeDir(config.knowledgeDir);
  checkIndexPath(config.indexPath);
}

function reason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'ENOTDIR':
      return 'is inside something that is not a folder';
    default:
      return `cannot be read (${(error as Error).message})`;
  }
}
