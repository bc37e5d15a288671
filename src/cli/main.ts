#!/usr/bin/env node
/**
 * `npm run kb -- <command>`: the knowledge-base CLI. Each command lives in commands/<name>.ts and
 * exports `run(args): Promise<number>` (the exit code); modules load lazily so `kb ask` starts fast.
 */
import path from 'node:path';

interface CommandModule {
  run(args: string[]): Promise<number>;
  /** One line for `kb help`. */
  summary: string;
  /** What `kb <command> --help` prints. */
  usage: string;
}

const COMMANDS = ['init', 'import', 'lint', 'stats', 'build', 'ask', 'eval', 'tune', 'report'] as const;

function load(name: string): CommandModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(__dirname, 'commands', name)) as CommandModule;
}

function usage(): string {
  const lines = COMMANDS.map((name) => `  ${name.padEnd(8)} ${load(name).summary}`);
  return ['usage: npm run kb -- <command> [options]', '', 'commands:', ...lines].join('\n');
}

/** Runs one command line (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  if (!(COMMANDS as readonly string[]).includes(name)) {
    process.stderr.write(`kb: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  const command = load(name);
  // Answered here for every command, so "--help" is never taken for a message, a folder or an option.
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  return command.run(args);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`kb: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
