// The first frame we draw before the prompt library loads is the frame inquirer's select draws itself.
import { describe, expect, it } from 'vitest';
import { PassThrough, Writable } from 'node:stream';
import select from '@inquirer/select';
import { promptLook, selectFrame, type FrameChoice } from '../../src/render/prompt.js';
import { inquirerTheme } from '../../src/io/prompts.js';
import { makeStyle } from '../../src/io/color.js';
import { plainStyle } from '../../src/render/style.js';
import { MESSAGES } from '../../src/i18n.js';
import { russian } from '../../src/i18n-ru.js';

const KEYS = { navigate: 'navigate', select: 'select' };
const SCREEN = { columns: 100, rows: 40 };

/** What the real select writes first, up to the cursor it hides at the end of its frame. */
async function inquirerFrame(config: Parameters<typeof select>[0]): Promise<string> {
  let out = '';
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      out += chunk.toString();
      done();
    },
  });
  const controller = new AbortController();
  const answer = select(config, { input: new PassThrough(), output, signal: controller.signal });
  await new Promise((r) => setImmediate(r));
  controller.abort();
  await answer.catch(() => undefined);
  const end = out.indexOf('\u001b[?25l');
  expect(end).toBeGreaterThan(0);
  return out.slice(0, end);
}

const MOODS: FrameChoice[] = [
  { name: 'Any (surprise me)  70 films', value: 'any' },
  { name: 'light — easy and funny, nothing heavy  23 films', value: 'light' },
  { name: 'festive — for the New Year holidays', value: 'festive', disabled: 'no films' },
  { name: 'tragic — heavy, expect tears  14 films', value: 'tragic' },
];

describe('the first frame of a select question', () => {
  const cases: [string, ReturnType<typeof promptLook>, FrameChoice[], unknown][] = [
    ['coloured, the default first', promptLook(makeStyle(1, false), KEYS, true), MOODS, 'any'],
    ['plain, the default further down', promptLook(plainStyle, KEYS, true), MOODS, 'tragic'],
    ['no default, a disabled first choice', promptLook(makeStyle(3, false), KEYS, true), [MOODS[2]!, ...MOODS.slice(0, 2)], undefined],
    ['a Linux console (no ❯), with a description', promptLook(makeStyle(1, false), KEYS, false), [{ name: 'Just me', value: 'me', description: 'one person' }, { name: 'The two of us', value: 'two' }], 'me'],
    ['in Russian', promptLook(makeStyle(1, false), russian().messages.prompt.keys, true), [{ name: 'Только я', value: 'me' }, { name: 'Мы вдвоём', value: 'two' }], 'two'],
  ];
  for (const [name, look, choices, def] of cases) {
    it(`is inquirer's own: ${name}`, async () => {
      const pageSize = Math.max(5, Math.min(choices.length, 12));
      const ours = selectFrame(look, 'What mood are you in?', choices, def, pageSize, SCREEN);
      const theirs = await inquirerFrame({ message: 'What mood are you in?', choices, default: def, pageSize, loop: false, theme: inquirerTheme(look) });
      expect(ours).toBe(theirs);
    });
  }

  it('is left to inquirer when it would page, wrap or overflow the screen', () => {
    const look = promptLook(plainStyle, KEYS, true);
    expect(selectFrame(look, 'Q?', MOODS, 'any', 3, SCREEN)).toBeUndefined();
    expect(selectFrame(look, 'Q?', MOODS, 'any', 12, { columns: 40, rows: 40 })).toBeUndefined();
    expect(selectFrame(look, 'Q?', MOODS, 'any', 12, { columns: 100, rows: 7 })).toBeUndefined();
    expect(selectFrame(look, 'Q?', [MOODS[2]!], undefined, 12, SCREEN)).toBeUndefined();
    expect(selectFrame(look, 'Q?', MOODS, 'any', 12, SCREEN)?.split('\n')).toHaveLength(MOODS.length + 3);
  });

  it('uses the interface language for the key hint', () => {
    const frame = selectFrame(promptLook(plainStyle, { navigate: 'выбор', select: 'ответить' }, true), 'Q?', MOODS, 'any', 12, SCREEN);
    expect(frame?.split('\n').at(-1)).toBe('↑↓ выбор • ⏎ ответить');
    expect(MESSAGES.en.prompt.keys).toEqual(KEYS);
  });
});
