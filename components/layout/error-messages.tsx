"use client";

import { createContext, useContext, type ReactNode } from "react";
import type messages from "@/messages/en.json";

type ErrorMessages = (typeof messages)["Error"];
const Context = createContext<ErrorMessages | null>(null);

/**
 * The error page's strings, handed to the client by the layout. A plain context instead of
 * next-intl's client provider: the strings have no placeholders, and every page is spared the
 * provider's and the message formatter's JavaScript (about 12 KB compressed).
 */
export function ErrorMessagesProvider({ messages, children }: { messages: ErrorMessages; children: ReactNode }) {
  return <Context.Provider value={messages}>{children}</Context.Provider>;
}

export function useErrorMessages(): ErrorMessages {
  const messages = useContext(Context);
  if (!messages) throw new Error("useErrorMessages outside ErrorMessagesProvider");
  return messages;
}
