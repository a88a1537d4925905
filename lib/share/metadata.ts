import type { Metadata } from "next";

/** The size of share images (image.ts draws them), as Open Graph and Twitter cards want them. */
export const shareImageSize = { width: 1200, height: 630 };

interface Share {
  title: string;
  description: string;
  /** The page's path (made absolute by the layout's metadataBase). */
  url: string;
  /** The path of its share image (a share.png route beside the page). */
  image: string;
  locale: string;
  siteName: string;
  article?: { publishedTime: string; authors: string[] };
}

/** Open Graph and Twitter card metadata of a page, with its share image. */
export function shareMetadata(s: Share): Pick<Metadata, "openGraph" | "twitter"> {
  const images = [{ url: s.image, ...shareImageSize, alt: s.title, type: "image/png" }];
  return {
    openGraph: {
      type: "article",
      title: s.title,
      description: s.description,
      url: s.url,
      siteName: s.siteName,
      locale: s.locale,
      images,
      ...(s.article ? { publishedTime: s.article.publishedTime, authors: s.article.authors } : {}),
    },
    twitter: { card: "summary_large_image", title: s.title, description: s.description, images },
  };
}
