import { TermTrigger } from "@/components/glossary/term-trigger";
import type { Segment } from "@/lib/types";

/** Punctuation that must stay on the line of the name before it ("Tajikistan." "Taliban's"). */
const trailing = /^[.,;:!?)\]»”’'"،؛؟…]+(?:s\b)?/u;

/** The text of one block, with each glossary name as a link to its entry that opens its card. */
export function Segments({ segments, glossaryPath }: { segments: Segment[]; glossaryPath: string }) {
  const out: React.ReactNode[] = [];
  let carry = "";
  segments.forEach((s, i) => {
    if (!("term" in s)) {
      out.push(s.text.slice(carry.length));
      carry = "";
      return;
    }
    const next = segments[i + 1];
    carry = next && !("term" in next) ? (trailing.exec(next.text)?.[0] ?? "") : "";
    const trigger = <TermTrigger key={i} text={s.text} term={s.term} first={s.first} glossaryPath={glossaryPath} />;
    out.push(
      carry ? (
        <span key={i} className="nobr">
          {trigger}
          {carry}
        </span>
      ) : (
        trigger
      ),
    );
  });
  return out;
}
