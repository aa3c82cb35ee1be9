// Shell completion scripts, generated from a description of the commands so they never drift apart.

export interface CompletionSpec {
  program: string;
  globalOptions: string[];
  commands: { name: string; description: string; options: string[]; subcommands?: string[] }[];
  /** Values offered after an option, by option name. */
  values: Record<string, string[]>;
  /** Commands whose argument is a film. */
  filmCommands: string[];
  filmIds: string[];
  /** Options that take a value, so the word after them is not a command. */
  valueOptions: string[];
  /** Values of a command's own argument (completion: bash, zsh, fish). */
  argValues: Record<string, string[]>;
  /** Commands (or "command subcommand") whose argument is a file name. */
  fileArgs: string[];
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const fnName = (program: string) => `_${program.replace(/[^a-zA-Z0-9]/g, '_')}`;
const words = (list: readonly string[]) => [...new Set(list)].join(' ');

export function bashScript(spec: CompletionSpec): string {
  const fn = fnName(spec.program);
  const valueCases = Object.entries(spec.values)
    .map(([opt, vals]) => `    ${opt}) COMPREPLY=($(compgen -W "${words(vals)}" -- "$cur")); return ;;`)
    .join('\n');
  const optionCases = spec.commands
    .map((c) => `    ${c.name}) opts="${words([...c.options, ...spec.globalOptions])}"; subs="${words(c.subcommands ?? [])}" ;;`)
    .join('\n');
  const argCases = Object.entries(spec.argValues)
    .map(([cmd, vals]) => `      ${cmd}) COMPREPLY=($(compgen -W "${words(vals)}" -- "$cur")) ;;`)
    .join('\n');
  return `# ${spec.program} completion for bash. Install: ${spec.program} completion bash > ~/.local/share/bash-completion/completions/${spec.program}
${fn}() {
  local cur prev cmd="" sub="" i opts="" subs=""
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  # The command, then its subcommand (catalog check): the first words that are not options or their values.
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${spec.valueOptions.join('|')}) ((i++)) ;;
      -*) ;;
      *) if [[ -z "$cmd" ]]; then cmd="\${COMP_WORDS[i]}"; elif [[ -z "$sub" ]]; then sub="\${COMP_WORDS[i]}"; fi ;;
    esac
  done
  case "$prev" in
${valueCases}
    ${FILE_OPTIONS.join('|')}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  if [[ -z "$cmd" ]]; then
    COMPREPLY=($(compgen -W "${words(spec.commands.map((c) => c.name))} ${words(spec.globalOptions)}" -- "$cur"))
    return
  fi
  case "$cmd" in
${optionCases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  elif [[ -n "$subs" && -z "$sub" ]]; then
    COMPREPLY=($(compgen -W "$subs" -- "$cur"))
  else
    case "$cmd\${subs:+ $sub}" in
      ${spec.filmCommands.join('|')}) COMPREPLY=($(compgen -W "${words(spec.filmIds)}" -- "$cur")) ;;
${argCases}
      ${spec.fileArgs.map((f) => `"${f}"`).join('|')}) COMPREPLY=($(compgen -f -- "$cur")) ;;
    esac
  fi
}
complete -F ${fn} ${spec.program}
`;
}

/** zsh runs the bash function through its bashcompinit layer: one implementation to keep right. */
export function zshScript(spec: CompletionSpec): string {
  return `#compdef ${spec.program}
# ${spec.program} completion for zsh. Install: ${spec.program} completion zsh > "\${fpath[1]}/_${spec.program}" (or source it from ~/.zshrc)
autoload -U +X bashcompinit && bashcompinit
${bashScript(spec).split('\n').slice(1).join('\n')}`;
}

/** Options whose value is a file name. */
const FILE_OPTIONS = ['--catalog', '--output'];

const fishQuote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export function fishScript(spec: CompletionSpec): string {
  const p = spec.program;
  const names = words(spec.commands.map((c) => c.name));
  const lines = [
    `# ${p} completion for fish. Install: ${p} completion fish > ~/.config/fish/completions/${p}.fish`,
    `complete -c ${p} -f`,
    ...spec.commands.map((c) => `complete -c ${p} -n "not __fish_seen_subcommand_from ${names}" -a ${c.name} -d ${fishQuote(c.description)}`),
  ];
  const long = (o: string) => o.replace(/^--/, '');
  // -x: a value from the list and nothing else; -r -F: a file name; -x alone: some value, not a file.
  const valueArgs = (o: string) => {
    const vals = spec.values[o];
    if (vals) return ` -x -a ${fishQuote(words(vals))}`;
    if (FILE_OPTIONS.includes(o)) return ' -r -F';
    return spec.valueOptions.includes(o) ? ' -x' : '';
  };
  for (const c of spec.commands) {
    for (const o of c.options.filter((x) => x.startsWith('--'))) {
      lines.push(`complete -c ${p} -n "__fish_seen_subcommand_from ${c.name}" -l ${long(o)}${valueArgs(o)}`);
    }
    const subs = c.subcommands ?? [];
    for (const s of subs) lines.push(`complete -c ${p} -n "__fish_seen_subcommand_from ${c.name}; and not __fish_seen_subcommand_from ${words(subs)}" -a ${s}`);
    const vals = spec.argValues[c.name];
    if (vals) lines.push(`complete -c ${p} -n "__fish_seen_subcommand_from ${c.name}" -a ${fishQuote(words(vals))}`);
  }
  // A file argument ("catalog check"): fish's own file names, once the subcommand is typed.
  for (const f of spec.fileArgs) lines.push(`complete -c ${p} -n "__fish_seen_subcommand_from ${f.split(' ').at(-1)}" -F`);
  for (const o of spec.globalOptions.filter((x) => x.startsWith('--'))) lines.push(`complete -c ${p} -l ${long(o)}${valueArgs(o)}`);
  lines.push(`complete -c ${p} -n "__fish_seen_subcommand_from ${spec.filmCommands.join(' ')}" -a ${fishQuote(words(spec.filmIds))}`);
  return `${lines.join('\n')}\n`;
}

export const SCRIPTS: Record<Shell, (spec: CompletionSpec) => string> = { bash: bashScript, zsh: zshScript, fish: fishScript };
