/**
 * Structured data in the page (a data block, never run, so the content security policy allows
 * it). "<" is escaped so no text in it can close the script element.
 */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
