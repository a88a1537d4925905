"use client";

import { useEffect } from "react";

/** Marks the page as hydrated (html[data-enhanced]), so tests and styles can tell scripted pages apart. */
export function Enhanced() {
  useEffect(() => {
    document.documentElement.dataset.enhanced = "";
  }, []);
  return null;
}
