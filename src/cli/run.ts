import { CHECK_USAGE, runCheck } from './check';
import { DRY_RUN_USAGE, runDryRun } from './dry-run';
import { formatProblems, EXIT, UsageError, type Io } from './io';
import { langOf, RUN_WORDS } from './lang';
import { RENDER_USAGE, runRender } from './render';
import { runVerify, VERIFY_USAGE } from './verify';
import { TOOL } from './version';

const COMMANDS: Record<string, { run: (argv: string[], io: Io) => Promise<number>; usage: string }> = {
  check: { run: runCheck, usage: CHECK_USAGE },
  verify: { run: runVerify, usage: VERIFY_USAGE },
  render: { run: runRender, usage: RENDER_USAGE },
  'dry-run': { run: runDryRun, usage: DRY_RUN_USAGE },
};

const USAGE = `${TOOL.name} ${TOOL.version}\ncommands: check | verify | render | dry-run\n\n${Object.values(COMMANDS)
  .map((c) => c.usage)
  .join('\n')}`;

/**
 * Runs one command and returns its exit code; usage errors and invalid input give 2 with the reason on stderr.
 * Pure apart from reading the files named: no process access, everything else goes through `io`.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version') return (io.out(`${TOOL.version}\n`), EXIT.ok);
  const lang = langOf(rest, io.env);
  const command = COMMANDS[name];
  if (!command) {
    const help = lang === 'zh' ? RUN_WORDS.seeHelp('--help').zh : `\n${USAGE}`;
    return (io.err(`${RUN_WORDS.unknownCommand(name)[lang]}\n${help}`), EXIT.usage);
  }
  // NOTE: the usage texts are English reference; in Chinese an error points to --help instead of printing them.
  const usage = lang === 'zh' ? RUN_WORDS.seeHelp(`${name} --help`).zh : `\n${command.usage}`;
  if (rest.includes('--help') || rest.includes('-h')) return (io.out(command.usage), EXIT.ok);
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${name}: ${e.words[lang]}\n${formatProblems(e.problems, lang)}`);
      return EXIT.usage;
    }
    // node:util parseArgs reports unknown or malformed flags as TypeErrors with an ERR_PARSE_ARGS_* code.
    const code = String((e as { code?: unknown }).code);
    if (e instanceof TypeError && code.startsWith('ERR_PARSE_ARGS')) {
      const option = /'(-[^' ]+)/.exec(e.message)?.[1] ?? /'([^']+)'/.exec(e.message)?.[1] ?? '';
      io.err(`${name}: ${RUN_WORDS.badArgs(code, option, e.message)[lang]}\n${usage}`);
      return EXIT.usage;
    }
    io.err(`${name}: ${RUN_WORDS.internal()[lang]}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.usage;
  }
}
