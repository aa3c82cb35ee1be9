// Half-star ratings end to end: recorded with --rating 3.5, stars in a terminal, the number when piped.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../helpers/run.js';
import { terminalSession } from '../helpers/pty.js';

const { open, home } = terminalSession();

describe('half stars', { timeout: 30_000 }, () => {
  it('--rating 3.5 (or 3,5) is recorded, and piped diary shows the number', () => {
    const env = { SOVIET_LOVE_HOME: home() };
    const r = run(['watched', 'office-romance', '--rating', '3.5', '--date', '2026-01-01'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.trim()).toBe('Recorded Office Romance, watched on 2026-01-01, rated 3.5/5.');
    const ru = run(['--lang', 'ru', 'watched', 'circus', '--rating', '4,5', '--date', '2026-01-02'], { env });
    expect(ru.stderr).toContain('оценка 4,5/5');
    expect(run(['diary'], { env }).stdout).toBe('2026-01-02\tcircus\tCircus\t4.5\n2026-01-01\toffice-romance\tOffice Romance\t3.5\n');
    expect(JSON.parse(run(['diary', '--json'], { env }).stdout)[1]).toMatchObject({ rating: 3.5 });
  });

  it('a terminal shows ★★★½, whole-star entries as before, and marks the rewatch', async () => {
    const dir = home();
    // An entry written before half stars existed, then two new ones.
    writeFileSync(join(dir, 'diary.jsonl'), `${JSON.stringify({ op: 'watch', id: 'circus', watchedOn: '2025-01-01', rating: 4, at: '2025-01-01T00:00:00Z' })}\n`);
    for (const [id, rating, date] of [['office-romance', '3.5', '2026-01-01'], ['circus', '0.5', '2026-02-01']]) expect(run(['watched', id!, '--rating', rating!, '--date', date!], { env: { SOVIET_LOVE_HOME: dir } }).code).toBe(0);
    const t = open(['diary'], { SOVIET_LOVE_HOME: dir });
    expect(await t.exited).toBe(0);
    expect(t.text).toMatch(/2026-02-01 +Circus +1936 +½ +rewatch/);
    expect(t.text).toMatch(/2026-01-01 +Office Romance +1977 +★★★½\r?\n/);
    expect(t.text).toMatch(/2025-01-01 +Circus +1936 +★★★★\r?\n/);
  });
});
