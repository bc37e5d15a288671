/**
 * `kb.yml`, optional, beside the articles: what people see about the knowledge base. A folder
 * without it works; the engine learns everything it matches on from the articles themselves.
 *
 *   name: AWS API Gateway                     # the product's display name
 *   description: I answer AWS API Gateway errors: paste one or ask about it.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import type { LoadProblem } from './model';
import { PROFILE_FILE } from './paths';

/** What replies say about the knowledge base. */
export interface KnowledgeProfile {
  name?: string;
  description?: string;
}

export { PROFILE_FILE };

const profileSchema = z
  .object({
    name: z.string().trim().min(1, 'name must not be empty').max(80, 'name must be at most 80 characters').optional(),
    description: z.string().trim().min(1, 'description must not be empty').max(300, 'description must be at most 300 characters').optional(),
  })
  .strict();

/** Parses a kb.yml text; problems name the file and field. */
export function parseProfile(text: string, file: string): { profile: KnowledgeProfile; problems: LoadProblem[] } {
  let data: unknown;
  try {
    data = YAML.parse(text) ?? {};
  } catch (error) {
    return { profile: {}, problems: [{ file, field: 'kb.yml', message: `not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }] };
  }
  const parsed = profileSchema.safeParse(data);
  if (!parsed.success) {
    return { profile: {}, problems: parsed.error.issues.map((issue) => ({ file, field: issue.path.map(String).join('.') || 'kb.yml', message: issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')} (kb.yml has name and description)` : issue.message })) };
  }
  return { profile: parsed.data, problems: [] };
}

/** Reads `dir/kb.yml` when present. */
export async function loadProfile(dir: string, displayPath: string): Promise<{ profile: KnowledgeProfile; problems: LoadProblem[] }> {
  let text: string;
  try {
    text = await fs.promises.readFile(path.join(dir, PROFILE_FILE), 'utf8');
  } catch {
    return { profile: {}, problems: [] };
  }
  return parseProfile(text, displayPath);
}
