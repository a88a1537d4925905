import { parseFeed } from "@rowanmanning/feed-parser";

/**
 * The items of an RSS 2.0 or Atom feed, read by a kept parser (@rowanmanning/feed-parser). Each item
 * has a key that stays the same between reads of the feed, so an item imported once is recognised:
 * the RSS guid or the Atom id, else its link.
 */
export interface FeedItem {
  key: string;
  /** The item's page, absolute (relative links are resolved against the feed's address). */
  url: string;
  title: string | null;
  /** YYYY-MM-DD, when the feed says. */
  published: string | null;
}

export interface ReadFeed {
  title: string | null;
  items: FeedItem[];
  /** Items without a page address, which cannot be imported. */
  skipped: number;
}

export class FeedReadError extends Error {}

export function readFeed(xml: string, feedUrl: string | null): ReadFeed {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    throw new FeedReadError(`not an RSS or Atom feed (${(error as Error).message})`);
  }
  const items: FeedItem[] = [];
  let skipped = 0;
  for (const item of feed.items) {
    let url: string | null = null;
    try {
      url = item.url ? new URL(item.url, feedUrl ?? undefined).href : null;
    } catch {
      url = null;
    }
    if (!url || !/^https?:/.test(url)) {
      skipped++;
      continue;
    }
    const published = item.published ?? item.updated;
    items.push({
      key: (item.id ?? "").trim() || url,
      url,
      title: item.title?.trim() || null,
      published: published && !Number.isNaN(published.getTime()) ? published.toISOString().slice(0, 10) : null,
    });
  }
  return { title: feed.title, items, skipped };
}
