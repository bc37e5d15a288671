/** Reading `--name VALUE` options from a command's arguments (shared by the kb commands). */

/** The value after `--name` in `args`, or undefined when the option is absent. */
export function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}
