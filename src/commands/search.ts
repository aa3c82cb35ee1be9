// `search`: ranked fuzzy matches, or a live type-ahead prompt when a person runs it with no query.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { applyFilters, predicates } from '../core/filters.js';
import { NotFoundError, UsageError } from '../core/errors.js';
import { MESSAGES } from '../i18n.js';
import { didYouMean } from '../core/resolve.js';
import { addFilterOptions, parseLimit, readFilters, type FilterOptions } from './filters.js';
import { headings, writeJsonArray } from './output.js';
import { examples } from './help.js';
import { filmCard } from '../render/card.js';
import { filmsTable, filmsTsv, jsonRecord } from '../render/films.js';
import type { SearchHit } from '../core/search/scoring.js';
import { matchedWords } from '../core/search/story-words.js';
import type { Film } from '../core/types.js';

interface SearchOptions extends FilterOptions {
  limit?: string;
  json?: boolean;
  input?: boolean;
}

export function register(program: Command, ctx: () => Context): void {
  const cmd = program
    .command('search')
    .description('find films by any title, transliteration, director or actor, typos forgiven, or by what you remember of the story')
    .argument('[query...]', 'what to look for; with none in a terminal, search as you type')
    .option('--limit <n>', 'at most n results', '10')
    .option('--json', 'print JSON (an array of films, best match first, each with matchedOn)')
    .option('--no-input', 'never prompt');
  addFilterOptions(cmd);
  examples(cmd, [
    ['soviet-love search irony of fate', 'English title'],
    ['soviet-love search ирония судьбы', 'Russian title'],
    ['soviet-love search moskva slezam ne verit', 'Russian in Latin letters'],
    ['soviet-love search "ktnzn ;ehfdkb"', 'Russian typed on an English keyboard'],
    ['soviet-love search gurchenko --decade 80s', 'an actor, in the 1980s'],
    ['soviet-love search new year sauna leningrad', 'what you remember of the story'],
    ['soviet-love search', 'search as you type (in a terminal)'],
  ]);
  cmd.action((words: string[], opts: SearchOptions) => runSearch(ctx(), words.join(' ').trim(), opts));
}

export async function runSearch(ctx: Context, query: string, opts: SearchOptions): Promise<void> {
  const limit = parseLimit(opts.limit) ?? 10;
  const spec = readFilters(opts);
  const preds = predicates(spec, spec.unwatched ? ctx.watchedIds() : undefined);
  const m = MESSAGES[ctx.lang];
  if (query === '') {
    if (!ctx.interactive || opts.input === false || opts.json) {
      throw new UsageError((t) => t.errors.needQuery, [(t) => t.errors.searchExample]);
    }
    const allowed = new Set(applyFilters(ctx.summaries(), preds));
    const { searchPrompt } = await import('../io/prompts.js');
    const film = ctx.full([await searchPrompt(ctx, allowed)])[0]!;
    ctx.stdout.write(filmCard(film, ctx.stdout.style, m, { columns: ctx.stdout.columns, russianFirst: ctx.lang === 'ru' }));
    return;
  }
  const hits = ctx.search(query);
  const allowed = hits.filter((h) => preds.every((p) => p.test(h.film)));
  const shown = allowed.slice(0, limit);
  writeHits(ctx, shown, opts.json === true);
  // Say when the limit hid matches, so a script or a person knows to ask for more.
  if (allowed.length > shown.length) ctx.stderr.write(`${m.showing(shown.length, allowed.length)}\n`);
  if (shown.length === 0) {
    throw new NotFoundError((t) => (hits.length > 0 ? t.errors.noMatchFiltered(query) : t.noMatch(query)), didYouMean(hits));
  }
}

/** What matched, for JSON: `matchedOn`, and for a story match the film's words that met the query. */
function matchInfo(hit: SearchHit, film: Film, lang: 'en' | 'ru'): { matchedOn: SearchHit['matchedOn']; matchedWords?: string[] } {
  return hit.matchedOn === 'story' ? { matchedOn: 'story', matchedWords: matchedWords(film, hit.terms ?? [], lang) } : { matchedOn: hit.matchedOn };
}

function writeHits(ctx: Context, hits: readonly SearchHit[], json: boolean): void {
  const films = hits.map((h) => h.film);
  const story = hits.some((h) => h.matchedOn === 'story');
  // Whole films only when something needs them: JSON, or the words a story hit matched.
  const full = json || (story && ctx.stdout.isTTY) ? ctx.full(films) : [];
  let infos: ReturnType<typeof matchInfo>[] | undefined;
  const info = () => (infos ??= hits.map((h, i) => matchInfo(h, full[i]!, ctx.lang)));
  if (json) {
    writeJsonArray(
      ctx,
      () => full.map((f, i) => ({ ...f, ...info()[i] })),
      // The record's compact JSON with the match appended before its closing brace.
      () => ctx.records(films).map((r, i) => Buffer.concat([r.subarray(0, r.length - 1), Buffer.from(`,${jsonRecord(info()[i]).subarray(1).toString()}`)])),
    );
  } else if (films.length === 0) return;
  else if (ctx.stdout.isTTY) {
    const m = MESSAGES[ctx.lang];
    const notes = story ? info().map((x) => (x.matchedWords?.length ? m.story.matched(x.matchedWords.join(', ')) : undefined)) : undefined;
    ctx.stdout.write(filmsTable(films, ctx.stdout.style, { columns: ctx.stdout.columns, russianFirst: ctx.lang === 'ru', lang: ctx.lang, headings: headings(ctx), notes }));
  } else ctx.stdout.write(filmsTsv(films, ctx.stdout.style));
}
