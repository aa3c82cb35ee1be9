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
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const fnName = (program: string) => `_${program.replace(/[^a-zA-Z0-9]/g, '_')}`;
const words = (list: readonly string[]) => list.join(' ');

export function bashScript(spec: CompletionSpec): string {
  const fn = fnName(spec.program);
  const valueCases = Object.entries(spec.values)
    .map(([opt, vals]) => `    ${opt}) COMPREPLY=($(compgen -W "${words(vals)}" -- "$cur")); return ;;`)
    .join('\n');
  const optionCases = spec.commands
    .map((c) => `    ${c.name}) opts="${words([...c.options, ...spec.globalOptions])}"; subs="${words(c.subcommands ?? [])}" ;;`)
    .join('\n');
  return `# ${spec.program} completion for bash. Install: ${spec.program} completion bash > ~/.local/share/bash-completion/completions/${spec.program}
${fn}() {
  local cur prev cmd="" i opts="" subs=""
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${spec.valueOptions.join('|')}) ((i++)) ;;
      -*) ;;
      *) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$prev" in
${valueCases}
    --catalog|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
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
  elif [[ -n "$subs" ]]; then
    COMPREPLY=($(compgen -W "$subs" -- "$cur"))
  else
    case "$cmd" in
      ${spec.filmCommands.join('|')}) COMPREPLY=($(compgen -W "${words(spec.filmIds)}" -- "$cur")) ;;
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
  for (const c of spec.commands) {
    for (const o of c.options.filter((x) => x.startsWith('--'))) {
      const vals = spec.values[o];
      const args = vals ? ` -r -a ${fishQuote(words(vals))}` : spec.valueOptions.includes(o) ? ' -r' : '';
      lines.push(`complete -c ${p} -n "__fish_seen_subcommand_from ${c.name}" -l ${long(o)}${args}`);
    }
    for (const s of c.subcommands ?? []) lines.push(`complete -c ${p} -n "__fish_seen_subcommand_from ${c.name}" -a ${s}`);
  }
  for (const o of spec.globalOptions.filter((x) => x.startsWith('--'))) {
    const vals = spec.values[o];
    lines.push(`complete -c ${p} -l ${long(o)}${vals ? ` -r -a ${fishQuote(words(vals))}` : spec.valueOptions.includes(o) ? ' -r' : ''}`);
  }
  lines.push(`complete -c ${p} -n "__fish_seen_subcommand_from ${spec.filmCommands.join(' ')}" -a ${fishQuote(words(spec.filmIds))}`);
  return `${lines.join('\n')}\n`;
}

export const SCRIPTS: Record<Shell, (spec: CompletionSpec) => string> = { bash: bashScript, zsh: zshScript, fish: fishScript };
