/**
 * Errors the editor's services throw for the action wrapper (lib/editor/action.ts) to answer.
 * Codes are message keys (Editor.errors and Editor.status in messages/*.json).
 */

/** Input that breaks a rule, with every problem at once: each with its field and a code. */
export interface Issue {
  path: string;
  code: string;
  /** The line of the text at fault, for problems in an article's text. */
  line?: number;
}

export class EditError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map((i) => `${i.path}: ${i.code}`).join("; "));
  }
}

/** A request that is not allowed: no session ("expired") or not from this site's pages ("forbidden"). */
export class ActionRefused extends Error {
  constructor(readonly code: "expired" | "forbidden") {
    super(code === "expired" ? "sign in to edit" : "cross-origin request refused");
  }
}

/** A problem with something an editor asked to import, with the code of its message. */
export class ImportProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A translation that does not align with its original, block by block (lib/text/alignment.ts). */
export class NotAlignedError extends Error {
  constructor(readonly issues: import("../text/alignment").AlignmentIssue[]) {
    super(`the translation does not align with its original in ${issues.length} place(s)`);
  }
}
