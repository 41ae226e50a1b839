// The words a text filter stands for, remembered per data version: the dozen tiles of a view filtered by the same
// `q` resolve it once (one query on search_words), not once each. Keyed by version and query, so an edit that
// brings new words (a new version) is never answered from before it; a failed resolution is not kept.
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db';
import { resolveTextQuery } from '../associations/association-filters.queries';

/**
 * Text queries kept, the least recently used going first. A query stands for at most 8 typed words of at most
 * 1,000 known words each (MAX_WORDS_PER_TYPED_WORD), so this bounds what is kept to ~0.5M short strings.
 */
const MAX_QUERIES = 64;

export class TextQueryMemo {
  private readonly words = new LRUCache<string, Promise<string[][]>>({ max: MAX_QUERIES });

  constructor(private readonly db: Db) {}

  /** The words of `q` under data version `version`; null (the version is unknown) resolves afresh every time. */
  wordsOf(q: string, version: string | null): Promise<string[][]> {
    if (version === null) return resolveTextQuery(this.db, q);
    const key = `${version}\u0000${q}`;
    const known = this.words.get(key);
    if (known) return known;
    const resolving = resolveTextQuery(this.db, q);
    resolving.catch(() => {
      if (this.words.get(key) === resolving) this.words.delete(key);
    });
    this.words.set(key, resolving);
    return resolving;
  }
}
