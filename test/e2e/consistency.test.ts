// Issue #11, points 11–17: one rule for every option, output that scripts and eyes rely on,
// narrow terminals, completion in real shells, and the packed package.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, run, tempHome, type RunResult } from '../helpers/run.js';
import { FILMS } from '../helpers/catalog.js';
import { Terminal, terminalSession } from '../helpers/pty.js';

let home: { dir: string; cleanup: () => void };
beforeEach(() => {
  home = tempHome();
});
afterEach(() => home.cleanup());

const sl = (args: string[], extra: Record<string, string | undefined> = {}): RunResult => run(args, { env: { SOVIET_LOVE_HOME: home.dir, ...extra } });
const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
// CI installs zsh and fish (.ci/run) and asks for these tests; elsewhere they run where the shells are.
const needShells = process.env.SOVIET_LOVE_REQUIRE_SHELLS === '1';

describe('11. unknown options and commands are named', () => {
  it('`--bogus` with no command, piped: "unknown option", exit 2, no help', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'bin', 'soviet-love.cjs')}" --bogus </dev/null | cat`], { encoding: 'utf8', env: { PATH: process.env.PATH, SOVIET_LOVE_HOME: home.dir } });
    expect(r.stderr.trim()).toBe("error: unknown option '--bogus'");
    expect(r.stdout).toBe('');
    const direct = sl(['--bogus']);
    expect(direct.code).toBe(2);
  });

  it('`help bogus`: "unknown command", exit 2; `help list` still helps', () => {
    const r = sl(['help', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("error: unknown command 'bogus'");
    expect(r.stdout).toBe('');
    expect(sl(['help', 'list']).stdout).toContain('Usage: soviet-love list');
  });
});

describe('12. a viewing date is not in the future, nor before the film', () => {
  it.each([['2099-01-01'], ['0000-01-01'], ['1960-05-05']])('watched solaris --date %s: exit 2 naming the date, nothing recorded', (date) => {
    const r = sl(['watched', 'solaris', '--date', date]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(date);
    expect(sl(['diary', '--json']).stdout.trim()).toBe('[]');
  });

  it('the day the film came out, and today, are fine', () => {
    expect(sl(['watched', 'solaris', '--date', '1972-03-20']).code).toBe(0);
    expect(sl(['watched', 'solaris']).code).toBe(0);
  });
});

describe('13. one rule for numbers and for empty values', () => {
  it.each([
    [['search', '\t']],
    [['show', '']],
    [['watched', ' ']],
    [['list', '--director', '']],
    [['list', '--genre', ' ']],
    [['--catalog', '', 'list']],
    [['list', '--limit', '1e9']],
    [['list', '--limit', '12345678901234567890']],
    [['pick', '--count', '-1']],
    [['list', '--from', '19 70']],
  ])('%j is a usage error, exit 2', (args) => {
    const r = sl(args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('surrounding spaces, leading zeros and full-width digits are read as the number', () => {
    for (const rating of [' 3', '03', '３']) {
      const r = sl(['watched', 'solaris', '--rating', rating, '--date', '2025-01-01']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('rated 3/5');
    }
    expect(sl(['list', '--limit', '０２']).stdout.trim().split('\n')).toHaveLength(2);
  });

  it('full-width letters (NFKC) find the film', () => {
    const r = sl(['search', 'ＩＲＯＮＹ', '--json', '--limit', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0].id).toBe('irony-of-fate');
  });
});

describe('14. output that scripts and eyes rely on', () => {
  const { open } = terminalSession();

  it('a terminal table at 80 columns has a heading and every id whole (list and search)', async () => {
    for (const args of [['list'], ['search', 'mechanic', 'gavrilov']]) {
      const t = new Terminal(args, { SOVIET_LOVE_HOME: home.dir }, { cols: 80, rows: 40 });
      try {
        await t.exited;
        const lines = t.text.trim().split(/\r?\n/);
        expect(lines[0]).toMatch(/^Year\s+Title\b.*\bId$/);
        expect(t.text).toContain('beloved-woman-of-mechanic-gavrilov');
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
      } finally {
        t.kill();
      }
    }
  });

  it('search says when --limit hid matches; pick says when fewer films fit than asked', () => {
    const r = sl(['search', 'ryazanov', '--limit', '2']);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/^Showing 2 of \d+ matches; --limit \d+ shows them all\.$/m);
    for (const extra of [[], ['--json']]) {
      const p = sl(['pick', '--count', String(FILMS.length + 1), '--seed', '1', ...extra]);
      expect(p.code).toBe(0);
      expect(p.stderr).toContain(`Only ${FILMS.length} films fit.`);
    }
  });

  it('a piped pick tells its seed on stderr, and the seed repeats the pick', () => {
    const first = sl(['pick', '--count', '3']);
    const seed = /--seed (\d+)/.exec(first.stderr)?.[1];
    expect(seed, first.stderr).toBeDefined();
    expect(sl(['pick', '--count', '3', '--seed', seed!]).stdout).toBe(first.stdout);
  });

  it('--json on timeline, watched, unwatch and catalog check', () => {
    const w = sl(['watched', 'solaris', '--date', '2025-01-01', '--json']);
    expect(JSON.parse(w.stdout)).toEqual({ id: 'solaris', title: 'Solaris', year: 1972, watchedOn: '2025-01-01', rating: null, times: 1 });
    const t = JSON.parse(sl(['timeline', '--by', 'decade', '--json']).stdout) as { period: string; films: number; watched: number; ids: string[] }[];
    expect(t.find((r) => r.period === '1970s')).toMatchObject({ watched: 1, ids: expect.arrayContaining(['solaris']) });
    const u = sl(['unwatch', 'solaris', '--json']);
    expect(JSON.parse(u.stdout)).toEqual({ id: 'solaris', title: 'Solaris', removed: 1 });
    const c = JSON.parse(sl(['catalog', 'check', '--json']).stdout);
    expect(c).toMatchObject({ valid: true, films: FILMS.length, problems: [] });
    const bad = join(home.dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 2, films: [{ id: 'x' }] }));
    const b = sl(['catalog', 'check', bad, '--json']);
    expect(b.code).toBe(3);
    expect(JSON.parse(b.stdout)).toMatchObject({ valid: false, films: null, problems: expect.arrayContaining([{ film: 'x', field: 'title', message: 'is missing' }]) });
  });

  it('export --format json piped: a record per line, like every other JSON', () => {
    sl(['watched', 'solaris', '--date', '2025-01-01']);
    sl(['watched', 'circus', '--date', '2025-01-02']);
    const lines = sl(['export', '--format', 'json']).stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('[');
    expect(JSON.parse(lines[1]!.replace(/,$/, ''))).toMatchObject({ id: 'circus' });
  });

  it('the terminal JSON stays indented', async () => {
    const t = open(['diary', '--json'], { SOVIET_LOVE_HOME: home.dir });
    expect(await t.exited).toBe(0);
    expect(t.text.trim()).toBe('[]');
  });
});

describe('15. narrow terminals', () => {
  it('a card at 30 columns: no line wider than the terminal but a link', async () => {
    const t = new Terminal(['show', 'cranes'], { SOVIET_LOVE_HOME: home.dir }, { cols: 30, rows: 200 });
    try {
      expect(await t.exited).toBe(0);
      const lines = t.text.split(/\r?\n/).filter((l) => !/https:/.test(l));
      expect(lines.length).toBeGreaterThan(20);
      for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(30);
    } finally {
      t.kill();
    }
  });

  it('list at 20 columns: title lines fit, each id whole on its own line', async () => {
    const t = new Terminal(['list', '--limit', '5'], { SOVIET_LOVE_HOME: home.dir }, { cols: 20, rows: 40 });
    try {
      expect(await t.exited).toBe(0);
      const lines = t.text.trim().split(/\r?\n/);
      expect(lines).toHaveLength(10);
      lines.forEach((l, i) => (i % 2 === 0 ? expect([...l].length).toBeLessThanOrEqual(20) : expect(l).toMatch(/^ {2}[a-z0-9-]+$/)));
    } finally {
      t.kill();
    }
  });

  it('every help text fits 80 columns, in both languages', () => {
    for (const lang of ['en', 'ru']) {
      for (const cmd of [[], ['tonight'], ['pick'], ['list'], ['search'], ['show'], ['watched'], ['unwatch'], ['diary'], ['export'], ['timeline'], ['completion'], ['catalog', 'check']]) {
        const r = sl(['--lang', lang, ...cmd, '--help']);
        for (const line of r.stdout.split('\n')) expect([...line].length, `${lang} ${cmd.join(' ')}: ${line}`).toBeLessThanOrEqual(80);
      }
    }
  });
});

describe('16. completion', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'soviet-love-shells-'));
    writeFileSync(join(dir, 'films.json'), '{}');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const script = (shell: string) => {
    const file = join(dir, `completion.${shell}`);
    writeFileSync(file, sl(['completion', shell]).stdout);
    return file;
  };

  function bash(line: string): string[] {
    const file = script('bash');
    const words = line.split(' ');
    const program = `source ${JSON.stringify(file)}; cd ${JSON.stringify(dir)}; COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')}); COMP_CWORD=${words.length - 1}; _soviet_love; printf '%s\\n' "\${COMPREPLY[@]}"`;
    return spawnSync('bash', ['-c', program], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  }

  it('bash: shells after completion, file names after catalog check, each option once', () => {
    expect(bash('soviet-love completion ').sort()).toEqual(['bash', 'fish', 'zsh']);
    expect(bash('soviet-love catalog check fil')).toEqual(['films.json']);
    expect(bash('soviet-love catalog ').sort()).toEqual(['check', 'upgrade']);
    const opts = bash('soviet-love list --');
    expect(new Set(opts).size).toBe(opts.length);
    expect(opts).toContain('--help');
    const top = bash('soviet-love --');
    expect(top.filter((o) => o === '--version')).toHaveLength(1);
  });

  it('a catalog that cannot be read still gives a script (without film ids), exit 0', () => {
    const r = sl(['completion', 'bash'], { SOVIET_LOVE_CATALOG: join(dir, 'films.json') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('complete -F _soviet_love soviet-love');
    expect(r.stderr).toMatch(/^Warning: the script completes no film ids/);
  });

  it.skipIf(!needShells && !has('fish'))('fish, in fish (complete -C)', () => {
    const file = script('fish');
    const complete = (line: string) =>
      spawnSync('fish', ['-N', '-c', `source ${JSON.stringify(file)}; cd ${JSON.stringify(dir)}; complete -C ${JSON.stringify(line)}`], { encoding: 'utf8' })
        .stdout.split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]);
    expect(complete('soviet-love completion ').sort()).toEqual(['bash', 'fish', 'zsh']);
    expect(complete('soviet-love t').sort()).toEqual(['timeline', 'tonight']);
    expect(complete('soviet-love show sola')).toEqual(['solaris']);
    expect(complete('soviet-love list --genre co')).toEqual(['comedy']);
    expect(complete('soviet-love catalog check fil')).toEqual(['films.json']);
    expect(complete('soviet-love list --so')).toEqual(['--sort']);
  });

  it.skipIf(!needShells && !has('zsh'))('zsh, in zsh (compinit, then Tab through _complete)', async () => {
    const file = script('zsh');
    const { spawn } = await import('@lydell/node-pty');
    // Waits for what the completion should show (a loaded machine may take seconds), then returns the screen.
    const tab = async (line: string, shows: RegExp): Promise<string> => {
      const p = spawn('zsh', ['-f', '-i'], { name: 'xterm', cols: 200, rows: 50, cwd: dir, env: { PATH: process.env.PATH!, HOME: dir, TERM: 'xterm' } });
      let out = '';
      p.onData((d) => (out += d));
      const until = async (text: string, from = 0) => {
        for (let waited = 0; !out.slice(from).includes(text); waited += 25) {
          if (waited > 10_000) throw new Error(`zsh never showed ${text}: ${JSON.stringify(out)}`);
          await new Promise((r) => setTimeout(r, 25));
        }
      };
      try {
        p.write(`PS1='%% '; autoload -U compinit && compinit -u -D && source ${file} && print READY\r`);
        await until('READY\r\n');
        const start = out.length;
        p.write(`${line}\t`);
        // eslint-disable-next-line no-control-regex
        const screen = () => out.slice(start).replace(/\u001b\[[0-9;?]*[A-Za-z]|[\u0000-\u0008\u000b-\u001f]/g, ' ');
        for (let waited = 0; !shows.test(screen()) && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
        return screen();
      } finally {
        p.kill();
      }
    };
    expect(await tab('soviet-love completion ', /bash\s+fish\s+zsh/)).toMatch(/bash\s+fish\s+zsh/);
    expect(await tab('soviet-love show sola', /solaris/)).toContain('solaris');
    expect(await tab('soviet-love list --genre come', /comedy/)).toContain('comedy');
  });
});

describe('17. small ones', () => {
  it('DEBUG=soviet-love stacks point into src/, through the shipped source map', () => {
    const r = sl(['--catalog', home.dir, 'list'], { DEBUG: 'soviet-love' });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/\n\s+at .*src\/io\/catalog\.ts:\d+:\d+/);
    // Without DEBUG, no stack at all.
    expect(sl(['--catalog', home.dir, 'list']).stderr.trim().split('\n')).toHaveLength(1);
  });

  it('the packed package carries no scripts and installs without a warning', () => {
    // Packed from a copy, so the build (prepare) is not run again under the other tests' feet;
    // the copy's prepare is a no-op, its prepack and postpack the real ones.
    const copy = join(home.dir, 'copy');
    for (const part of ['bin', 'dist', 'data', 'scripts']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    const source = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const original = `${JSON.stringify({ ...source, scripts: { ...source.scripts, prepare: 'node -e 0' } }, null, 2)}\n`;
    writeFileSync(join(copy, 'package.json'), original);
    const pack = spawnSync('npm', ['pack', '--pack-destination', home.dir, '--silent'], { cwd: copy, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const tgz = join(home.dir, pack.stdout.trim().split('\n').at(-1)!);
    expect(spawnSync('tar', ['xzf', tgz, '-C', home.dir]).status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(home.dir, 'package', 'package.json'), 'utf8'));
    expect(manifest.scripts).toBeUndefined();
    // The working copy's package.json is back as it was.
    expect(readFileSync(join(copy, 'package.json'), 'utf8')).toBe(original);
    const out = join(home.dir, 'global');
    const install = spawnSync('npm', ['install', '-g', '--prefix', out, '--no-audit', '--no-fund', tgz], { encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/warn/i);
    const installed = spawnSync(join(out, 'bin', 'soviet-love'), ['show', 'cranes'], { encoding: 'utf8', env: { PATH: process.env.PATH, SOVIET_LOVE_HOME: home.dir } });
    expect(installed.stdout).toContain('The Cranes Are Flying');
  }, 60_000);
});
