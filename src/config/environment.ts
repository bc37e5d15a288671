/**
 * Reading the environment: process.env, with `.env` (in the working directory) filling in unset
 * variables. Apart from load.ts, which validates it: the kb commands read a variable or two from it
 * without loading the configuration schema.
 */
import path from 'node:path';
import dotenv from 'dotenv';

/** Environment variables as a plain object (process.env or a literal in tests). */
export type Environment = Record<string, string | undefined>;

/** The process environment, with `.env` (in the working directory) filling in unset variables. */
export function readEnvironment(envFile = path.resolve('.env')): Environment {
  const fromFile: Environment = {};
  dotenv.config({ path: envFile, processEnv: fromFile as Record<string, string>, quiet: true });
  return { ...fromFile, ...process.env };
}
