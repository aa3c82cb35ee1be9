// `completion`: prints a shell completion script built from the program's own commands and options.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { CliError, UsageError } from '../core/errors.js';
import { MESSAGES } from '../i18n.js';
import { SCRIPTS, SHELLS, type CompletionSpec, type Shell } from '../core/completion.js';
import { EXPORT_FORMATS } from '../core/export.js';
import { GENRES, MOODS } from '../core/vocab.js';
import { examples } from './help.js';

const FILM_COMMANDS = ['show', 'watched', 'unwatch', 'watch', 'add', 'remove'];

export function register(program: Command, ctx: () => Context): void {
  const cmd = program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .argument('<shell>', SHELLS.join(', '));
  examples(cmd, [
    ['source <(soviet-love completion bash)', 'bash'],
    ['soviet-love completion zsh > "${fpath[1]}/_soviet-love"', 'zsh'],
    ['soviet-love completion fish > ~/.config/fish/completions/soviet-love.fish', 'fish'],
  ]);
  cmd.action((shell: string) => runCompletion(ctx(), program, shell));
}

/** A command's options, each once, with --help (which commander adds without listing it). */
function optionNames(cmd: Command): string[] {
  return [...new Set(cmd.options.flatMap((o) => [o.long, o.short].filter((x): x is string => Boolean(x))).concat('--help'))];
}

export function completionSpec(program: Command, filmIds: string[]): CompletionSpec {
  const all = [program, ...program.commands, ...program.commands.flatMap((c) => c.commands)];
  const valueOptions = [...new Set(all.flatMap((c) => c.options.filter((o) => o.required || o.optional).map((o) => o.long!)))];
  return {
    program: program.name(),
    globalOptions: optionNames(program),
    commands: program.commands.map((c) => ({
      name: c.name(),
      description: c.description(),
      options: optionNames(c),
      subcommands: c.commands.map((s) => s.name()),
    })),
    values: {
      '--genre': [...GENRES],
      '--exclude-genre': [...GENRES],
      '--mood': [...MOODS],
      '--decade': ['1920s', '1930s', '1940s', '1950s', '1960s', '1970s', '1980s', '1990s'],
      '--format': [...EXPORT_FORMATS],
      '--sort': ['year', 'title', 'runtime'],
      '--color': ['auto', 'always', 'never'],
      '--lang': ['en', 'ru'],
      '--by': ['year', 'decade'],
      '--rating': ['0.5', '1', '1.5', '2', '2.5', '3', '3.5', '4', '4.5', '5'],
    },
    filmCommands: FILM_COMMANDS,
    filmIds,
    valueOptions,
    argValues: { completion: [...SHELLS] },
    fileArgs: ['catalog check'],
  };
}

export function runCompletion(ctx: Context, program: Command, shell: string): void {
  if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError((m) => m.errors.badShell(SHELLS, shell));
  // A catalog that cannot be read costs the script its film ids, not the script itself.
  let ids: string[] = [];
  try {
    ids = ctx.summaries().map((f) => f.id);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    ctx.stderr.write(`${MESSAGES[ctx.lang].errors.noFilmIds(err.lines(ctx.lang)[0]!)}\n`);
  }
  ctx.stdout.write(SCRIPTS[shell as Shell](completionSpec(program, ids)));
}
