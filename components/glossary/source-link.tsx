/**
 * A source's title, linked when it has an address, and its date when given (already formatted).
 * No hooks, so the card (a client component) and the entry page (a server component) share it.
 */
export function SourceLink({ title, url, date }: { title: string; url: string | null; date?: string | null }) {
  return (
    <>
      {url ? (
        <a href={url} rel="noopener noreferrer external">
          {title}
        </a>
      ) : (
        title
      )}
      {date && ` (${date})`}
    </>
  );
}
