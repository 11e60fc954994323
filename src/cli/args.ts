/** Argument parsing for the CLI: positionals, --flags and --key value pairs, each checked against what the command takes. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly options: ReadonlyMap<string, string>;
}

/** What one command accepts: switches (`--json`) and options that take a value (`--servers 256`, `-o out.json`). */
export interface CommandSpec {
  readonly flags: readonly string[];
  readonly valued: readonly string[];
  /** How many positionals (design files) the command takes. */
  readonly positionals: number;
}

const dashed = (name: string) => (name.length === 1 ? `-${name}` : `--${name}`);

export function parseArgs(command: string, argv: readonly string[], spec: CommandSpec): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.replace(/^--?/, '').split('=', 2) as [string, string | undefined];
    if (spec.valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${dashed(name)} needs a value`);
      options.set(name, value);
    } else if (spec.flags.includes(name) && inline === undefined) flags.add(name);
    else {
      const valid = [...spec.valued, ...spec.flags].map(dashed);
      throw new UsageError(`${command} does not take ${arg.split('=')[0]}; ${valid.length ? `it takes ${valid.join(', ')}` : 'it takes no options'}`);
    }
  }
  if (positionals.length > spec.positionals) {
    throw new UsageError(`${command} takes ${spec.positionals === 0 ? 'no file' : 'one design file'}; unexpected "${positionals[spec.positionals]}"`);
  }
  return { positionals, flags, options };
}

export class UsageError extends Error {}
