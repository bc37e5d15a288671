#!/usr/bin/env node
/**
 * The `web:` process (see Procfile): read the configuration, start the runtime, listen, and shut
 * down gracefully on SIGTERM/SIGINT. A bad configuration prints its one-line message and exits 1,
 * never a stack trace.
 */
import { ConfigError, loadConfig, readEnvironment, type Environment } from './config/load';
import type { Runtime, RuntimeOptions } from './runtime/create-runtime';

/** What tests inject into main(); the server itself uses the defaults. */
export interface MainOptions {
  /** The environment to configure from (default: the process environment plus .env). */
  env?: Environment;
  exit?: (code: number) => void;
  /** Where the one-line startup failure goes (default stderr). */
  writeError?: (line: string) => void;
  /** Install SIGTERM/SIGINT handlers (default true). */
  handleSignals?: boolean;
  runtime?: RuntimeOptions;
}

/** Starts the server; resolves with the running runtime, or undefined after reporting a startup failure. */
export async function main(options: MainOptions = {}): Promise<Runtime | undefined> {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const writeError = options.writeError ?? ((line: string) => process.stderr.write(line + '\n'));
  let runtime: Runtime;
  try {
    const config = loadConfig(options.env ?? readEnvironment());
    // Loaded only once the configuration is valid, so a mistake is reported before anything heavy loads.
    const { createRuntime } = await import('./runtime/create-runtime');
    runtime = await createRuntime(config, options.runtime);
    await runtime.listen();
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : `kb-assistant could not start: ${error instanceof Error ? error.message : String(error)}`;
    writeError(message.split('\n')[0]);
    exit(1);
    return undefined;
  }
  if (options.handleSignals !== false) {
    const stop = (signal: NodeJS.Signals): void => {
      runtime.logger.info('shutting down', { signal });
      runtime.close().then(
        () => exit(0),
        (error: unknown) => {
          runtime.logger.error('shutdown failed', { error });
          exit(1);
        },
      );
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  }
  return runtime;
}

if (require.main === module) void main();
