import {
  namesWithRoles,
  neutralKind,
  roleList,
  statusOf,
  termFileSchema,
  type LanguageNames,
  type Name,
  type NameRole,
  type TermFile,
} from "./glossary-schema";
import { compareTags } from "./language";

/**
 * How an imported concept meets the one already stored (pure: no database).
 *
 * - merge (the default): the file adds. New names, definitions in languages that have none, notes,
 *   facts, related concepts and name details the stored concept lacks are added; nothing is
 *   removed, and where the file says otherwise about something stored (another definition in a
 *   language, another kind) the stored value is kept and the difference reported as "kept". A
 *   name the file prefers, in a language that already has a preferred name, is added as a variant
 *   that keeps its preferred TBX status.
 * - replace: the file is the truth for the concepts it contains: each becomes exactly as in the file.
 *
 * Either way the changes are listed per concept (added, changed, removed, kept).
 */

export type ImportMode = "merge" | "replace";

export interface Change {
  kind: "added" | "changed" | "removed" | "kept";
  /** "name", "definition", "kind", "note", ... */
  what: string;
  tag?: string;
  detail: string;
}

const json = (v: unknown) => JSON.stringify(v);
const canonical = (t: TermFile) => termFileSchema.parse(t);

/** The changes between two versions of a concept (null: it is new). */
export function diffTerms(before: TermFile | null, after: TermFile): Change[] {
  if (!before) return everything(after);
  const changes: Change[] = [];
  const add = (kind: Change["kind"], what: string, detail: string, tag?: string) => changes.push({ kind, what, detail, ...(tag ? { tag } : {}) });
  const b: Partial<TermFile> = before ?? {};
  for (const key of ["kind", "subject", "asOf"] as const) {
    if (b[key] === after[key]) continue;
    add(b[key] === undefined ? "added" : after[key] === undefined ? "removed" : "changed", key, String(after[key] ?? b[key]));
  }
  const tags = [...new Set([...Object.keys(b.names ?? {}), ...Object.keys(after.names)])].sort(compareTags);
  for (const tag of tags) {
    const old = new Map((b.names?.[tag] ? namesWithRoles(b.names[tag]) : []).map((n) => [n.name.text, n]));
    const now = new Map((after.names[tag] ? namesWithRoles(after.names[tag]) : []).map((n) => [n.name.text, n]));
    for (const [text, n] of now) {
      const was = old.get(text);
      if (!was) add("added", "name", `${text} (${n.role})`, tag);
      else if (json(was) !== json(n)) add("changed", "name", text, tag);
    }
    for (const text of old.keys()) if (!now.has(text)) add("removed", "name", text, tag);
    const [ot, nt] = [b.names?.[tag]?.translit ?? null, after.names[tag]?.translit ?? null];
    if (ot !== nt) add(ot === null ? "added" : nt === null ? "removed" : "changed", "transliteration", nt ?? ot!, tag);
    if (json(b.names?.[tag]?.notes ?? []) !== json(after.names[tag]?.notes ?? [])) add("changed", "language notes", tag, tag);
  }
  for (const tag of [...new Set([...Object.keys(b.definitions ?? {}), ...Object.keys(after.definitions)])].sort(compareTags)) {
    const [o, n] = [b.definitions?.[tag], after.definitions[tag]];
    if (json(o) === json(n)) continue;
    add(!o ? "added" : !n ? "removed" : "changed", "definition", (n ?? o)!.text.slice(0, 60), tag);
  }
  if (json(b.place) !== json(after.place)) add(!b.place ? "added" : !after.place ? "removed" : "changed", "place", json(after.place ?? b.place));
  for (const key of ["notes", "claims", "related"] as const) {
    const o = new Set((b[key] ?? []).map(json));
    const n = new Set(after[key].map(json));
    const added = [...n].filter((x) => !o.has(x)).length;
    const removed = [...o].filter((x) => !n.has(x)).length;
    if (added) add("added", key, `${added}`);
    if (removed) add("removed", key, `${removed}`);
  }
  return changes;
}

/** A new concept: every part of it is added (the quick way: nothing to compare). */
function everything(t: TermFile): Change[] {
  const changes: Change[] = [{ kind: "added", what: "kind", detail: t.kind }];
  if (t.subject !== undefined) changes.push({ kind: "added", what: "subject", detail: t.subject });
  if (t.asOf !== undefined) changes.push({ kind: "added", what: "asOf", detail: t.asOf });
  for (const [tag, block] of Object.entries(t.names)) {
    for (const { role, name } of namesWithRoles(block)) changes.push({ kind: "added", what: "name", tag, detail: `${name.text} (${role})` });
    if (block.translit !== null) changes.push({ kind: "added", what: "transliteration", tag, detail: block.translit });
  }
  for (const [tag, d] of Object.entries(t.definitions)) changes.push({ kind: "added", what: "definition", tag, detail: d.text.slice(0, 60) });
  if (t.place) changes.push({ kind: "added", what: "place", detail: json(t.place) });
  for (const key of ["notes", "claims", "related"] as const) if (t[key].length) changes.push({ kind: "added", what: key, detail: `${t[key].length}` });
  return changes;
}

const union = <T>(a: readonly T[], b: readonly T[]) => {
  const seen = new Set(a.map(json));
  return [...a, ...b.filter((x) => !seen.has(json(x)) && seen.add(json(x)))];
};

/** A stored name with what the file adds to it: details it lacks, notes it does not have. */
function mergeName(stored: Name, role: NameRole, incoming: Name, incomingRole: NameRole, kept: Change[], tag: string): Name {
  const out: Name = { ...stored };
  const incomingStatus = statusOf(incomingRole, incoming);
  if (incoming.status !== undefined || incomingRole === "preferred") {
    if (statusOf(role, stored) !== incomingStatus && incomingStatus) {
      if (stored.status === undefined && role !== "preferred" && role !== "variant" && role !== "alias") out.status = incomingStatus;
      else kept.push({ kind: "kept", what: "status", tag, detail: `${stored.text}: ${statusOf(role, stored)} (the file says ${incomingStatus})` });
    }
  }
  for (const key of ["partOfSpeech", "termType", "gender", "region"] as const) {
    if (incoming[key] === undefined || incoming[key] === stored[key]) continue;
    if (stored[key] === undefined) out[key] = incoming[key];
    else kept.push({ kind: "kept", what: key, tag, detail: `${stored.text}: ${stored[key]} (the file says ${incoming[key]})` });
  }
  for (const key of ["notes", "usage", "sources"] as const) {
    const merged = union(stored[key] ?? [], incoming[key] ?? []);
    if (merged.length) out[key] = merged;
  }
  const contexts = union(stored.contexts ?? [], incoming.contexts ?? []);
  if (contexts.length) out.contexts = contexts;
  return out;
}

function mergeLanguage(stored: LanguageNames, incoming: LanguageNames, kept: Change[], tag: string): LanguageNames {
  const out: LanguageNames = {
    ...stored,
    variants: [...stored.variants],
    aliases: [...stored.aliases],
    forms: [...stored.forms],
    exact: [...stored.exact],
    notes: union(stored.notes, incoming.notes),
  };
  const where = new Map<string, { role: NameRole; index: number }>();
  namesWithRoles(stored).forEach(({ role, name }) => {
    const list = role === "preferred" ? null : out[roleList[role]];
    where.set(name.text, { role, index: list ? list.findIndex((n) => n.text === name.text) : -1 });
  });
  for (const { role, name } of namesWithRoles(incoming)) {
    const found = where.get(name.text);
    if (found) {
      if (found.role === "preferred") out.preferred = mergeName(out.preferred!, "preferred", name, role, kept, tag);
      else out[roleList[found.role]][found.index] = mergeName(out[roleList[found.role]][found.index]!, found.role, name, role, kept, tag);
      continue;
    }
    if (role === "preferred" && !out.preferred) {
      out.preferred = name;
      if (incoming.translit && !out.translit) out.translit = incoming.translit;
    } else if (role === "preferred") {
      // the stored preferred name stays the one shown; the file's keeps its TBX status as a variant
      out.variants.push({ ...name, status: statusOf("preferred", name) ?? "preferred" });
      kept.push({ kind: "kept", what: "preferred name", tag, detail: `${out.preferred!.text} (the file prefers ${name.text}, added as a variant)` });
    } else out[roleList[role]].push(name);
    where.set(name.text, { role, index: -1 });
  }
  if (incoming.translit && out.translit !== incoming.translit && out.preferred?.text === incoming.preferred?.text) {
    if (!out.translit) out.translit = incoming.translit;
    else kept.push({ kind: "kept", what: "transliteration", tag, detail: `${out.translit} (the file says ${incoming.translit})` });
  }
  return out;
}

/**
 * The stored concept with the file's additions (merge), or the file's concept (replace); and, in
 * merge mode, what the file says otherwise that was kept as stored. (diffTerms says what changes.)
 */
export function mergeTerm(stored: TermFile | null, incoming: TermFile, mode: ImportMode): { result: TermFile; kept: Change[] } {
  if (!stored) return { result: incoming, kept: [] };
  if (mode === "replace") return { result: canonical({ ...incoming, slug: stored.slug }), kept: [] };
  const kept: Change[] = [];
  const scalar = <K extends "kind" | "subject" | "asOf">(key: K): TermFile[K] => {
    const [s, i] = [stored[key], incoming[key]] as [TermFile[K], TermFile[K]];
    if (i === undefined || s === i) return s;
    if (s === undefined || (key === "kind" && s === neutralKind)) return i;
    if (!(key === "kind" && i === neutralKind)) kept.push({ kind: "kept", what: key, detail: `${s} (the file says ${i})` });
    return s;
  };
  const names: TermFile["names"] = { ...stored.names };
  for (const [tag, block] of Object.entries(incoming.names)) names[tag] = names[tag] ? mergeLanguage(names[tag], block, kept, tag) : block;
  const definitions: TermFile["definitions"] = { ...stored.definitions };
  for (const [tag, d] of Object.entries(incoming.definitions)) {
    const s = definitions[tag];
    if (!s) definitions[tag] = d;
    else if (s.text === d.text) definitions[tag] = { text: s.text, sources: union(s.sources, d.sources) };
    else kept.push({ kind: "kept", what: "definition", tag, detail: "the stored definition (the file has another)" });
  }
  const subject = scalar("subject");
  const asOf = scalar("asOf");
  const place = stored.place ?? incoming.place;
  if (stored.place && incoming.place && json(stored.place) !== json(incoming.place)) kept.push({ kind: "kept", what: "place", detail: "the stored place (the file has another)" });
  const result = canonical({
    slug: stored.slug,
    kind: scalar("kind"),
    ...(subject !== undefined ? { subject } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    names,
    definitions,
    notes: union(stored.notes, incoming.notes),
    claims: union(stored.claims, incoming.claims),
    related: union(stored.related, incoming.related),
    ...(place ? { place } : {}),
  });
  return { result, kept };
}

export interface LanguageCounts {
  tag: string;
  concepts: number;
  namesAdded: number;
  namesChanged: number;
  namesRemoved: number;
  definitionsAdded: number;
  definitionsChanged: number;
  definitionsRemoved: number;
}

/** Per language: how many concepts, names and definitions the changes touch. */
export function countByLanguage(concepts: readonly { changes: readonly Change[] }[]): LanguageCounts[] {
  const out = new Map<string, LanguageCounts & { touched: Set<number> }>();
  concepts.forEach(({ changes }, i) => {
    for (const c of changes) {
      if (!c.tag || c.kind === "kept") continue;
      const row = out.get(c.tag) ?? { tag: c.tag, concepts: 0, namesAdded: 0, namesChanged: 0, namesRemoved: 0, definitionsAdded: 0, definitionsChanged: 0, definitionsRemoved: 0, touched: new Set() };
      out.set(c.tag, row);
      row.touched.add(i);
      const kind = c.kind === "added" ? "Added" : c.kind === "changed" ? "Changed" : "Removed";
      if (c.what === "name") row[`names${kind}`]++;
      if (c.what === "definition") row[`definitions${kind}`]++;
    }
  });
  return [...out.values()].sort((a, b) => compareTags(a.tag, b.tag)).map(({ touched, ...row }) => ({ ...row, concepts: touched.size }));
}
