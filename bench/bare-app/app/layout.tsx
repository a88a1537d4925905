import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";

// A bare Next.js + next-intl page, built the same way as the app, to compare the JavaScript each sends.
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <NextIntlClientProvider locale="en" messages={null}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
