// The first question is drawn before the prompt library loads, then redrawn in place by it: on a real
// terminal's screen (tmux keeps one and prints it) there is one question, and the keys work.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BIN, NODE, cleanEnv, tempHome } from '../helpers/run.js';

const hasTmux = spawnSync('sh', ['-c', 'command -v tmux']).status === 0;
// CI installs tmux with the shells (.ci/run) and asks for it; elsewhere this runs where tmux is.
const needTmux = process.env.SOVIET_LOVE_REQUIRE_SHELLS === '1';
const home = tempHome();
afterAll(() => home.cleanup());

const socket = join(home.dir, 'tmux.sock');
// The server and the command get a clean environment, as a person's shell would (no test runner's FORCE_COLOR).
const tmux = (...args: string[]) => spawnSync('tmux', ['-S', socket, ...args], { encoding: 'utf8', env: cleanEnv({ LANG: 'C.UTF-8' }) });
const screen = () => tmux('capture-pane', '-p', '-t', 'sl').stdout;

async function until(test: (s: string) => boolean, what: string): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const s = screen();
    if (test(s)) return s;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${what} never appeared; the screen was:\n${screen()}`);
}

describe.skipIf(!hasTmux && !needTmux)('the first question on a real screen (tmux)', () => {
  it('is drawn once, at the top, and answers the arrow keys and Ctrl-C', async () => {
    const cmd = `SOVIET_LOVE_HOME='${home.dir}' LANG=C.UTF-8 '${NODE}' '${BIN}' tonight; echo "exit=$?"; sleep 5`;
    expect(tmux('-f', '/dev/null', 'new-session', '-d', '-s', 'sl', '-x', '100', '-y', '30', cmd).status).toBe(0);
    try {
      const first = await until((s) => s.includes('navigate'), 'the mood question');
      const lines = first.split('\n');
      expect(lines[0]).toBe('? What mood are you in?');
      expect(lines[1]).toMatch(/^❯ Any \(surprise me\) {2}\d+ films$/);
      expect(first.match(/What mood are you in\?/g)).toHaveLength(1);
      expect(first.match(/navigate/g)).toHaveLength(1);
      // The prompt library has the keys: the cursor moves, and the frame is redrawn in place.
      tmux('send-keys', '-t', 'sl', 'Down');
      const moved = await until((s) => /^❯ light/m.test(s), 'the cursor on light');
      expect(moved.match(/What mood are you in\?/g)).toHaveLength(1);
      expect(moved.split('\n')[0]).toBe('? What mood are you in?');
      tmux('send-keys', '-t', 'sl', 'C-c');
      await until((s) => s.includes('exit=130'), 'exit 130');
    } finally {
      tmux('kill-server');
    }
  });
});
