// The words a text filter stands for, remembered for one data version: the dozen tiles of a view filtered by the
// same `q` resolve it once (one query on search_words), not once each. A new version forgets them all, since an
// edit may bring new words; a failed resolution is not kept.
import type { Db } from '../../db';
import { resolveTextQuery } from '../associations/association-filters.queries';

/** Distinct text queries kept for a version; past it the oldest goes first. A query stands for at most 8 typed words
 * of at most 1,000 known words each (MAX_WORDS_PER_TYPED_WORD), so this bounds what is kept to ~0.5M short strings. */
const MAX_QUERIES = 64;

export class TextQueryMemo {
  private version: string | null = null;
  private readonly words = new Map<string, Promise<string[][]>>();

  constructor(private readonly db: Db) {}

  /** The words of `q` under data version `version`; null (the version is unknown) resolves afresh every time. */
  wordsOf(q: string, version: string | null): Promise<string[][]> {
    if (version === null) return resolveTextQuery(this.db, q);
    if (version !== this.version) {
      this.words.clear();
      this.version = version;
    }
    const known = this.words.get(q);
    if (known) return known;
    const resolving = resolveTextQuery(this.db, q);
    resolving.catch(() => {
      if (this.words.get(q) === resolving) this.words.delete(q);
    });
    if (this.words.size >= MAX_QUERIES) this.words.delete(this.words.keys().next().value ?? '');
    this.words.set(q, resolving);
    return resolving;
  }
}
