import type { ReactNode } from "react";
// Self-hosted web fonts, cut from npm packages by scripts/fonts.ts (see lib/fonts/faces.ts).
import "./fonts.css";
import "./globals.css";

// The <html> element is rendered by app/[locale]/layout.tsx (and app/not-found.tsx), where the locale is known.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
