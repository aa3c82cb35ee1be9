// Entry point: wires commander, argv, the environment and exit codes. Only main() ends the process.
import { Command, CommanderError, Option } from 'commander';
import { isInteractive, makeContext, type Context, type GlobalOptions } from './context.js';
import { CliError, EXIT, UsageError } from './core/errors.js';
import { detectLang, MESSAGES, type Lang } from './i18n.js';
import { russian } from './i18n-ru.js';
import { echo } from './core/search/normalize.js';
import { isBlank } from './core/values.js';
import { stdStream } from './io/stdio.js';
import * as list from './commands/list.js';
import * as show from './commands/show.js';
import * as search from './commands/search.js';
import * as pick from './commands/pick.js';
import * as tonight from './commands/tonight.js';
import * as diary from './commands/diary.js';
import * as exporter from './commands/export.js';
import * as timeline from './commands/timeline.js';
import * as completion from './commands/completion.js';
import * as catalog from './commands/catalog.js';
import * as watch from './commands/watch.js';
import * as watchlist from './commands/watchlist.js';
import * as importer from './commands/import.js';
import { examples, localizeHelp } from './commands/help.js';

declare const PACKAGE_VERSION: string;

/** commander's own error lines, in the interface language, echoing what was typed cut short. */
function commanderError(text: string, lang: Lang): string {
  // What was typed is quoted (from the first quote of a line to its last, since what was typed may
  // hold quotes itself): cut short, and on one line whatever whitespace it held.
  const short = text.replace(/'([^\n]*)'/g, (_, typed: string) => `'${echo(typed).replace(/\s/g, ' ')}'`);
  if (lang === 'en') return short;
  return russian().COMMANDER.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), short);
}

/** A message as one line of stderr: a newline inside a value (a file's text) never splits it. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/**
 * The one rule for empty values: no option and no argument may be empty or blank (exit 2), so
 * `--director ''` is never silently dropped and `show ""` is a usage error like `search $'\t'`.
 */
function refuseBlank(cmd: Command): void {
  const blank = (value: unknown) => (Array.isArray(value) ? value : [value]).some((v) => typeof v === 'string' && isBlank(v));
  for (let c: Command | null = cmd; c; c = c.parent) {
    for (const o of c.options) if (blank(c.getOptionValue(o.attributeName()))) throw new UsageError((m) => m.errors.emptyValue(o.long ?? o.flags));
  }
  cmd.registeredArguments.forEach((arg, i) => {
    if (blank(cmd.processedArgs[i])) throw new UsageError((m) => m.errors.emptyValue(`<${arg.name()}>`));
  });
}

const writeOut = (text: string) => stdStream(1).write(text);
const writeErr = (text: string) => stdStream(2).write(text);
/** A terminal's width, else the 80 columns commander assumes when it cannot tell. */
const helpWidth = (fd: 1 | 2) => (stdStream(fd).isTTY && stdStream(fd).columns) || 80;

/**
 * commander's output goes through the same streams as ours. Its own guesses at width and colour
 * read process.stdout, and building that stream for a pipe costs several ms.
 */
const commanderOutput = (lang: Lang) => ({
  writeOut,
  writeErr: (s: string) => writeErr(commanderError(s, lang)),
  getOutHelpWidth: () => helpWidth(1),
  getErrHelpWidth: () => helpWidth(2),
  // Help is plain text; nothing in it needs colour.
  getOutHasColors: () => false,
  getErrHasColors: () => false,
});

/** Each command module and the commands it registers. */
const MODULES: [string[], { register: (program: Command, ctx: () => Context) => void }][] = [
  [['tonight'], tonight],
  [['pick'], pick],
  [['list'], list],
  [['search'], search],
  [['show'], show],
  [['watch'], watch],
  [['watched', 'unwatch', 'diary'], diary],
  [['export'], exporter],
  [['timeline'], timeline],
  [['completion'], completion],
  [['catalog'], catalog],
  [['watchlist'], watchlist],
  [['import'], importer],
];

/**
 * Builds the program. With `only`, just that command is registered ('' for none): building all
 * twelve commands' options costs start-up time that a run of one command never uses. Likewise the
 * help text is put in the interface language only when help may be shown.
 */
export function buildProgram(getContext: () => Context, setOptions: (o: GlobalOptions) => void, lang: Lang, only?: string, help = true): Command {
  const program = new Command('soviet-love');
  examples(program, [
    ['soviet-love', "in a terminal: answer three questions, get tonight's film"],
    ['soviet-love pick --mood light', 'a random light film you have not seen'],
    ['soviet-love search moskva slezam', 'find a film however you spell it'],
    ['soviet-love show irony-of-fate', 'the full card, with the true story'],
    ['soviet-love watched solaris --rating 5', 'record an evening in your diary'],
  ]);
  program
    .description("Pick tonight's Soviet film about love, search the catalog, and keep a viewing diary.")
    .version(typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev', '-V, --version', 'output the version number')
    .option('--catalog <file>', 'use this catalog file (env SOVIET_LOVE_CATALOG)')
    .addOption(new Option('--color <when>', 'colour: auto, always or never').choices(['auto', 'always', 'never']))
    .option('--no-color', 'no colour (same as --color never)')
    .option('--lang <lang>', 'interface language: en or ru (default: from LANG)')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput(commanderOutput(lang))
    .addHelpText('after', MESSAGES[lang].helpFooter)
    .hook('preAction', (_cmd, action) => {
      refuseBlank(action);
      const raw = action.optsWithGlobals() as Omit<GlobalOptions, 'color'> & { color?: string | boolean };
      // commander turns --no-color into color === false
      setOptions({ ...raw, color: raw.color === false ? 'never' : (raw.color as string | undefined) });
    });
  for (const [names, m] of MODULES) if (only === undefined || names.includes(only)) m.register(program, getContext);
  // Every subcommand reports errors the same way and never exits by itself.
  const configure = (cmd: Command) => {
    cmd.exitOverride().showSuggestionAfterError().configureOutput(commanderOutput(lang));
    cmd.commands.forEach(configure);
  };
  program.commands.forEach(configure);
  if (help) localizeHelp(program, lang);
  return program;
}

const GLOBAL_VALUE_OPTIONS = new Set(['--catalog', '--color', '--lang']);
const GLOBAL_FLAGS = new Set([...GLOBAL_VALUE_OPTIONS, '--no-color']);

/** The command argv names, 'help' or 'version' for those flags before any command, or undefined when bare. */
function commandWord(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') return 'help';
    if (a === '-V' || a === '--version') return 'version';
    if (GLOBAL_VALUE_OPTIONS.has(a)) i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

/** The value of --lang on the command line, for messages written before options are parsed. */
function langOption(argv: string[]): string | undefined {
  const i = argv.indexOf('--lang');
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
}

/** Commands that need only their own module ('' for none); completion and help describe them all. */
function soleModule(word: string | undefined): string | undefined {
  if (word === 'version') return '';
  if (word === undefined || word === 'completion') return undefined;
  return MODULES.some(([names]) => names.includes(word)) ? word : undefined;
}

/** Whether this run can show help: asked for, or a command group (catalog) that shows it when bare. */
function mayShowHelp(argv: string[], word: string | undefined): boolean {
  if (argv.some((a) => a === '-h' || a === '--help')) return true;
  return word === undefined || word === 'help' || word === 'catalog' || word === 'import' || word === 'completion' || soleModule(word) === undefined;
}

function report(err: unknown, env: NodeJS.ProcessEnv, lang: Lang): number {
  const m = MESSAGES[lang];
  const debug = (env.DEBUG ?? '').split(',').some((d) => d.trim() === 'soviet-love' || d.trim() === '*');
  if (err instanceof CommanderError) {
    // commander has already printed its message; help and version are successes.
    return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT.ok : EXIT.usage;
  }
  if (err instanceof CliError) {
    if (err.exitCode === EXIT.ok) return EXIT.ok;
    for (const line of err.lines(lang)) writeErr(`${oneLine(line)}\n`);
    if (debug && err.stack) writeErr(`${err.stack}\n`);
    return err.exitCode;
  }
  if (err instanceof Error && err.name === 'ExitPromptError') {
    writeErr(`${m.cancelled}\n`);
    return EXIT.cancelled;
  }
  const message = err instanceof Error ? err.message : String(err);
  writeErr(`${oneLine(m.errors.unexpected(message))}\n`);
  if (debug && err instanceof Error && err.stack) writeErr(`${err.stack}\n`);
  else writeErr(`${m.errors.reportIt}\n`);
  return 70;
}

export async function main(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let options: GlobalOptions = {};
  let ctx: Context | undefined;
  const getContext = () => (ctx ??= makeContext(options, env));
  // Help is built before options are parsed, so the language comes from --lang or the locale here.
  const lang = detectLang(langOption(argv), env);
  try {
    const langArg = langOption(argv);
    if (langArg !== undefined && !/^(en|ru)([_-]|$)/i.test(langArg)) throw new UsageError((m) => m.errors.badChoice('--lang', ['en', 'ru'], langArg));
    const word = commandWord(argv);
    if (word === 'help' && argv.includes('help')) {
      // commander would show the main help for `help bogus`; say what is wrong instead.
      const asked = argv.slice(argv.indexOf('help') + 1).find((a) => !a.startsWith('-'));
      if (asked !== undefined && !MODULES.some(([names]) => names.includes(asked)) && asked !== 'help') {
        throw new UsageError((m) => m.errors.unknownCommand(asked));
      }
    }
    if (word === undefined) {
      // An option no one knows is reported by commander ("unknown option '--bogus'"), exit 2.
      if (argv.some((a) => a.startsWith('-') && !GLOBAL_FLAGS.has(a.split('=')[0]!))) {
        await buildProgram(getContext, () => {}, lang, '', false).parseAsync(argv, { from: 'user' });
      }
      // In a terminal a bare run is `tonight`, first asking who is watching (just me, or two).
      if (isInteractive()) argv = [...argv, 'tonight', '--welcome'];
      else {
        const program = buildProgram(getContext, () => {}, lang);
        writeErr(`${program.helpInformation()}\n${MESSAGES[lang].errors.noCommand}\n`);
        return EXIT.usage;
      }
    }
    const program = buildProgram(getContext, (o) => (options = o), lang, soleModule(word), mayShowHelp(argv, word));
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (err) {
    return report(err, env, ctx?.lang ?? lang);
  }
}

