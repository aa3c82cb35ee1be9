// Completion scripts (sourced in a real bash), the timeline chart, and the Russian interface.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempHome } from '../helpers/run.js';
import { FILMS } from '../helpers/catalog.js';
import { terminalSession } from '../helpers/pty.js';

const home = tempHome();
const env = { SOVIET_LOVE_HOME: home.dir };
afterAll(() => home.cleanup());

/** Sources the generated script in bash and asks it to complete a command line. */
function complete(script: string, line: string): string[] {
  const words = line.split(' ');
  const program = `
source ${JSON.stringify(script)}
COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')})
COMP_CWORD=${words.length - 1}
_soviet_love
printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['-c', program], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\n').filter(Boolean);
}

describe('completion', () => {
  const file = join(home.dir, 'completion.bash');
  writeFileSync(file, run(['completion', 'bash'], { env }).stdout);

  it('completes commands', () => {
    expect(complete(file, 'soviet-love t').sort()).toEqual(['timeline', 'tonight']);
    expect(complete(file, 'soviet-love ti')).toEqual(['timeline']);
    expect(complete(file, 'soviet-love ')).toEqual(expect.arrayContaining(['list', 'search', 'show', 'pick', 'watched', 'export', 'completion']));
  });

  it('completes options of the command being typed', () => {
    expect(complete(file, 'soviet-love list --so')).toEqual(['--sort']);
    expect(complete(file, 'soviet-love pick --se')).toEqual(['--seed']);
  });

  it('completes option values: genres, moods, decades, formats', () => {
    expect(complete(file, 'soviet-love list --genre co')).toEqual(['comedy']);
    expect(complete(file, 'soviet-love pick --mood bi')).toEqual(['bittersweet']);
    expect(complete(file, 'soviet-love list --decade 197')).toEqual(['1970s']);
    expect(complete(file, 'soviet-love export --format le')).toEqual(['letterboxd']);
  });

  it('completes film ids for show, watched and unwatch', () => {
    expect(complete(file, 'soviet-love show irony')).toEqual(['irony-of-fate']);
    expect(complete(file, 'soviet-love watched cranes')).toEqual(['cranes-are-flying']);
    expect(complete(file, 'soviet-love --catalog x.json unwatch sola')).toEqual(['solaris']);
  });

  it('prints zsh and fish scripts that their shells can parse', () => {
    const zsh = run(['completion', 'zsh'], { env }).stdout;
    expect(zsh).toMatch(/^#compdef soviet-love/);
    const fish = run(['completion', 'fish'], { env }).stdout;
    expect(fish).toMatch(/complete -c soviet-love .* -a list/);
    expect(fish).toContain('irony-of-fate');
    const bashCheck = spawnSync('bash', ['-n', file]);
    expect(bashCheck.status).toBe(0);
  });
});

describe('timeline', () => {
  const { open } = terminalSession();

  it('in a terminal: a row per year with counts and bars, titles as room allows', async () => {
    const t = open(['timeline'], env);
    expect(await t.exited).toBe(0);
    const lines = t.text.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(new RegExp(`Timeline of ${FILMS.length} films`));
    const row1957 = lines.find((l) => l.startsWith('1957'))!;
    expect(row1957).toMatch(/1957\s+\d+ █+/);
    expect(row1957).toContain('The Cranes Are Flying');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('piped: a record per year, tab-separated counts (films, watched), every title whole, no bars', () => {
    const r = run(['timeline'], { env });
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => l.split('\t'));
    const row1957 = rows.find((c) => c[0] === '1957')!;
    expect(row1957).toHaveLength(4);
    expect(row1957[3]).toContain('The Cranes Are Flying');
    expect(r.stdout).not.toMatch(/[█▓…\u001b]/);
    expect(rows.reduce((n, c) => n + Number(c[1]), 0)).toBe(FILMS.length);
  });

  it('groups by decade on request and counts watched films', () => {
    run(['watched', 'cranes-are-flying', '--date', '2026-01-01'], { env });
    const r = run(['timeline', '--by', 'decade'], { env });
    const rows = r.stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(rows.map((c) => c[0])).toEqual(['1920s', '1930s', '1940s', '1950s', '1960s', '1970s', '1980s']);
    expect(Number(rows.find((c) => c[0] === '1950s')![2])).toBeGreaterThanOrEqual(1);
  });

  it('applies the filters', () => {
    const r = run(['timeline', '--director', 'ryazanov'], { env });
    const total = r.stdout.trim().split('\n').reduce((n, l) => n + Number(l.split('\t')[1]), 0);
    expect(total).toBe(FILMS.filter((f) => f.directors.some((d) => d.en === 'Eldar Ryazanov')).length);
  });
});

describe('Russian interface', () => {
  it('--lang ru shows Russian titles first and Russian labels', () => {
    const r = run(['--lang', 'ru', 'show', 'solaris'], { env });
    expect(r.stdout.split('\n')[0]).toMatch(/^Солярис \(1972\)/);
    expect(r.stdout).toContain('Режиссёр');
    expect(r.stdout).toContain('История любви:');
  });

  it('a Russian LANG does the same, and English stays the default', () => {
    expect(run(['show', 'solaris'], { env: { ...env, LANG: 'ru_RU.UTF-8' } }).stdout).toContain('Режиссёр');
    expect(run(['show', 'solaris'], { env }).stdout).toContain('Directed by');
  });

  it('says errors in Russian', () => {
    const r = run(['--lang', 'ru', 'search', 'qqqqzzzz'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Не найдено/);
  });

  it('shows help, examples first, and commander’s errors in Russian', () => {
    const help = run(['--lang', 'ru', 'pick', '--help'], { env });
    expect(help.stdout.indexOf('Примеры:')).toBe(0);
    expect(help.stdout).toContain('Использование: soviet-love pick');
    expect(help.stdout).toContain('объяснить, почему фильм подходит');
    expect(run(['--lang', 'ru', '--help'], { env }).stdout).toContain('Коды выхода:');
    const typo = run(['--lang', 'ru', 'lst'], { env });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("неизвестная команда 'lst'");
    const bad = run(['list', '--decade', '1850s'], { env: { ...env, LANG: 'ru_RU.UTF-8' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^--decade: нужно десятилетие/);
  });

  it('keeps the TSV records and JSON the same in both languages', () => {
    const lines = (lang: string) => run(['--lang', lang, 'list'], { env }).stdout.split('\n').sort();
    expect(lines('ru')).toEqual(lines('en'));
    const films = (lang: string) => (JSON.parse(run(['--lang', lang, 'list', '--json'], { env }).stdout) as { id: string }[]).sort((a, b) => a.id.localeCompare(b.id));
    expect(films('ru')).toEqual(films('en'));
  });
});
