// How our prompts look, in one place: the theme handed to inquirer, and a select question's first frame.
import type { Style } from './style.js';
import { width } from './text.js';

/** The pieces a prompt is drawn with; io/prompts.ts gives the same ones to inquirer as its theme. */
export interface PromptLook {
  /** Before an open question, and before an answered one. */
  prefix: { idle: string; done: string };
  message(text: string): string;
  highlight(text: string): string;
  answer(text: string): string;
  disabled(text: string): string;
  /** Before the chosen line of a list. */
  cursor: string;
  /** The key hint under a list: "↑↓ navigate • ⏎ select", in the interface language. */
  keysHelpTip(pairs: [string, string][]): string;
}

/**
 * Our look for prompts, from the run's style (so `--color never` and NO_COLOR hold there too) and
 * the key words of the interface language. `unicode` is false on a Linux console, which has no ❯.
 */
export function promptLook(s: Style, keys: Readonly<Record<string, string>>, unicode: boolean): PromptLook {
  return {
    prefix: { idle: s.accent('?'), done: s.good(unicode ? '✔' : '√') },
    message: (text) => s.bold(text),
    highlight: (text) => s.accent(text),
    answer: (text) => s.accent(text),
    disabled: (text) => s.dim(`- ${text}`),
    cursor: unicode ? '❯' : '>',
    keysHelpTip: (pairs) => pairs.map(([key, action]) => `${s.bold(key)} ${s.dim(keys[action] ?? action)}`).join(s.dim(' • ')),
  };
}

export interface FrameChoice {
  name: string;
  value: unknown;
  description?: string;
  disabled?: boolean | string;
}

const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/**
 * The first frame inquirer's select draws for this question, line for line (test/unit/prompt-frame
 * holds the two equal): drawn before the prompt library is loaded, so the question is on screen
 * while it loads. Undefined when inquirer would page or wrap the list (more choices than a page, a
 * line as wide as the screen, a frame taller than it): then it is left to inquirer alone.
 */
export function selectFrame(look: PromptLook, message: string, choices: readonly FrameChoice[], defaultValue: unknown, pageSize: number, screen: { columns: number; rows: number }): string | undefined {
  if (choices.length === 0 || choices.length > pageSize) return undefined;
  const selectable = (c: FrameChoice) => !c.disabled;
  const byDefault = choices.findIndex((c) => selectable(c) && c.value === defaultValue);
  const active = byDefault >= 0 ? byDefault : choices.findIndex(selectable);
  if (active < 0) return undefined;
  const items = choices.map((c, i) => {
    if (c.disabled) return look.disabled(`${c.name} ${typeof c.disabled === 'string' ? c.disabled : '(disabled)'}`);
    return i === active ? look.highlight(`${look.cursor} ${c.name}`) : `  ${c.name}`;
  });
  const description = choices[active]!.description;
  const lines = [
    `${look.prefix.idle} ${look.message(message)}`,
    ...items,
    // inquirer puts a line of one space between the list and the hint.
    ' ',
    ...(description ? [look.highlight(description)] : []),
    look.keysHelpTip([
      ['↑↓', 'navigate'],
      ['⏎', 'select'],
    ]),
  ];
  // inquirer trims each line's end, so the spacer line is drawn empty.
  const all = lines.join('\n').trimEnd().split('\n').map((line) => line.trimEnd());
  if (all.length >= screen.rows || all.some((line) => width(plain(line)) >= screen.columns)) return undefined;
  return all.join('\n');
}
