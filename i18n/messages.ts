import type en from "@/messages/en.json";
import type { routing } from "./routing";

export type Messages = typeof en;

/** One locale's UI strings (messages/<locale>.json). */
export const loadMessages = async (locale: (typeof routing.locales)[number]): Promise<Messages> =>
  (await import(`../messages/${locale}.json`)).default;
