// Entry point for `npm run i18n:<command>`: dispatches, prints, sets the exit code. Bad input gets
// one readable line; only a genuine bug in the tool prints more.

import {
  type CommandResult,
  checkCommand,
  confirmCommand,
  exportCommand,
  importCommand,
  lockInitCommand,
  statusCommand,
  UsageError,
} from '../../dev/i18n/commands';

const COMMANDS: Record<string, (root: string, args: string[]) => CommandResult> = {
  status: statusCommand,
  check: checkCommand,
  confirm: confirmCommand,
  'lock-init': (root) => lockInitCommand(root),
  export: exportCommand,
  import: importCommand,
};

function main(argv: string[]): number {
  const [name, ...args] = argv;
  const command = COMMANDS[name ?? ''];
  if (!command) {
    console.error(`usage: tsx src/cli/i18n/cli.ts <${Object.keys(COMMANDS).join('|')}> [args]`);
    return 2;
  }
  try {
    const { code, out } = command(process.cwd(), args);
    (code === 0 ? console.log : console.error)(out.join('\n'));
    return code;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`i18n:${name}: ${e.message}`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    console.error(`i18n:${name} failed: ${err.message}${err.code ? ` (${err.code})` : ''}`);
    if (process.env.DEBUG) console.error(err.stack);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
