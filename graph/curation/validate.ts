// Reading a curation file: every operation checked, with a message that names the file, the operation and
// the field at fault. A file of a newer version is refused rather than half understood.
import { isReservedKey } from "../import/safeKeys.ts";
import { ACTIONS, type Action, type Kind, type Modality } from "../types.ts";
import {
  CURATION_FORMAT,
  CURATION_VERSION,
  type CurationFile,
  type CurationOperation,
  type EvidenceRef,
  type Stamp,
} from "./types.ts";

export class CurationError extends Error {}

type Fields = Record<string, unknown>;

const OPERATIONS = [
  "merge",
  "split",
  "rename",
  "classify",
  "reject-edge",
  "reject-evidence",
  "confirm-evidence",
  "add-edge",
  "note",
] as const;
const MODALITIES: readonly Modality[] = ["asserted", "alleged", "hypothetical"];
/** Longer than any name or note a person writes; keeps a hostile file from filling the graph. */
const MAX_TEXT = 10_000;

/** Parses and checks the text of a curation file; `name` is how messages refer to it. */
export function parseCuration(text: string, name: string): CurationFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CurationError(`${name}: not valid JSON (${(error as Error).message})`);
  }
  return checkCuration(data, name);
}

export function checkCuration(data: unknown, name: string): CurationFile {
  if (!isRecord(data)) throw new CurationError(`${name}: a curation file is a JSON object`);
  if (data.newsgraph !== CURATION_FORMAT)
    throw new CurationError(`${name}: not a curation file ("newsgraph" must be "${CURATION_FORMAT}")`);
  if (typeof data.version !== "number" || !Number.isInteger(data.version) || data.version < 1)
    throw new CurationError(`${name}: "version" must be a whole number`);
  if (data.version > CURATION_VERSION)
    throw new CurationError(
      `${name}: version ${data.version} is newer than this Newsgraph reads (${CURATION_VERSION}); update Newsgraph`,
    );
  if (!Array.isArray(data.operations)) throw new CurationError(`${name}: "operations" must be an array`);
  const operations = data.operations.map((op, i) => checkOperation(op, `${name}: operations[${i}]`));
  return { newsgraph: CURATION_FORMAT, version: CURATION_VERSION, operations };
}

function checkOperation(value: unknown, where: string): CurationOperation {
  if (!isRecord(value)) throw new CurationError(`${where}: an operation is a JSON object`);
  const op = value.op;
  if (typeof op !== "string" || !(OPERATIONS as readonly string[]).includes(op))
    throw new CurationError(`${where}: "op" must be one of ${OPERATIONS.join(", ")}`);
  const at = `${where} (${op})`;
  const stamp = checkStamp(value, at);
  const f = new FieldReader(value, at);
  switch (op as (typeof OPERATIONS)[number]) {
    case "merge": {
      const into = f.key("into");
      const nodes = f.keys("nodes");
      if (nodes.length === 0) throw new CurationError(`${at}: "nodes" must name at least one node to merge`);
      return {
        op: "merge",
        into,
        nodes,
        ...f.optionalText("label"),
        ...f.optionalKind(),
        ...f.optionalText("category"),
        ...f.optionalTexts("aliases"),
        ...stamp,
      };
    }
    case "split":
      return {
        op: "split",
        node: f.key("node"),
        alias: f.text("alias"),
        ...f.optionalText("label"),
        ...f.optionalKind(),
        ...f.optionalText("category"),
        ...stamp,
      };
    case "rename":
      return {
        op: "rename",
        node: f.key("node"),
        label: f.text("label"),
        ...f.optionalText("previous"),
        ...f.optionalKind(),
        ...f.optionalText("category"),
        ...stamp,
      };
    case "classify": {
      const kind = f.optionalKind();
      const category = f.optionalText("category");
      if (!kind.kind && !category.category) throw new CurationError(`${at}: give "kind", "category" or both`);
      return {
        op: "classify",
        node: f.key("node"),
        ...kind,
        ...category,
        ...f.optionalText("label"),
        ...stamp,
      };
    }
    case "reject-edge":
      return { op: "reject-edge", edge: f.key("edge"), ...stamp };
    case "reject-evidence":
    case "confirm-evidence":
      return { op, edge: f.key("edge"), evidence: f.evidence(), ...stamp } as CurationOperation;
    case "add-edge": {
      const action = value.action;
      if (typeof action !== "string" || !(ACTIONS as readonly string[]).includes(action))
        throw new CurationError(`${at}: "action" must be one of ${ACTIONS.join(", ")}`);
      const evidence = f.evidence();
      const e = value.evidence as Fields;
      if (typeof e.sentence !== "string" || !e.sentence.trim())
        throw new CurationError(`${at}: "evidence.sentence" must be the passage's text`);
      if (e.sentence.length !== evidence.end - evidence.start)
        throw new CurationError(
          `${at}: "evidence.sentence" is ${e.sentence.length} characters, but start–end spans ${evidence.end - evidence.start}`,
        );
      if (e.modality !== undefined && !MODALITIES.includes(e.modality as Modality))
        throw new CurationError(`${at}: "evidence.modality" must be one of ${MODALITIES.join(", ")}`);
      return {
        op: "add-edge",
        source: f.key("source"),
        action: action as Action,
        target: f.key("target"),
        evidence: {
          ...evidence,
          sentence: e.sentence,
          ...(e.modality !== undefined ? { modality: e.modality as Modality } : {}),
        },
        ...stamp,
      };
    }
    case "note": {
      const node = f.optionalKey("node");
      const edge = f.optionalKey("edge");
      if ((node === undefined) === (edge === undefined))
        throw new CurationError(`${at}: give exactly one of "node" and "edge"`);
      return { op: "note", ...(node ? { node } : { edge: edge! }), text: f.text("text"), ...stamp };
    }
  }
}

function checkStamp(value: Fields, where: string): Stamp {
  if (typeof value.at !== "string" || Number.isNaN(Date.parse(value.at)))
    throw new CurationError(
      `${where}: "at" must be the time of the operation (ISO 8601, 2026-12-02T10:30:00Z)`,
    );
  if (value.author !== undefined && (typeof value.author !== "string" || value.author.length > MAX_TEXT))
    throw new CurationError(`${where}: "author" must be a string`);
  return value.author ? { at: value.at, author: value.author } : { at: value.at };
}

/** Reads the fields of one operation, each with its own message. */
class FieldReader {
  constructor(
    private readonly value: Fields,
    private readonly where: string,
  ) {}

  text(name: string): string {
    const v = this.value[name];
    if (typeof v !== "string" || !v.trim() || v.length > MAX_TEXT)
      throw new CurationError(`${this.where}: "${name}" must be a non-empty string`);
    return v;
  }

  key(name: string): string {
    const v = this.text(name);
    if (isReservedKey(v))
      throw new CurationError(`${this.where}: "${name}" names "${v}", which no node or edge can be named`);
    return v;
  }

  optionalKey(name: string): string | undefined {
    return this.value[name] === undefined ? undefined : this.key(name);
  }

  keys(name: string): string[] {
    const v = this.value[name];
    if (!Array.isArray(v)) throw new CurationError(`${this.where}: "${name}" must be an array of node keys`);
    return v.map((_, i) => new FieldReader(v as unknown as Fields, this.where).key(String(i)));
  }

  optionalText<N extends string>(name: N): Partial<Record<N, string>> {
    if (this.value[name] === undefined) return {};
    return { [name]: this.text(name) } as Record<N, string>;
  }

  optionalTexts<N extends string>(name: N): Partial<Record<N, string[]>> {
    const v = this.value[name];
    if (v === undefined) return {};
    if (!Array.isArray(v) || !v.every((s) => typeof s === "string" && s.length <= MAX_TEXT))
      throw new CurationError(`${this.where}: "${name}" must be an array of strings`);
    return { [name]: v as string[] } as Record<N, string[]>;
  }

  optionalKind(): { kind?: Kind } {
    const v = this.value.kind;
    if (v === undefined) return {};
    if (v !== "actor" && v !== "platform")
      throw new CurationError(`${this.where}: "kind" must be "actor" or "platform"`);
    return { kind: v };
  }

  evidence(): EvidenceRef {
    const e = this.value.evidence;
    if (!isRecord(e))
      throw new CurationError(`${this.where}: "evidence" must be an object with article, start and end`);
    if (typeof e.article !== "string" || !e.article)
      throw new CurationError(`${this.where}: "evidence.article" must be the article's id`);
    for (const end of ["start", "end"] as const) {
      const n = e[end];
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0)
        throw new CurationError(
          `${this.where}: "evidence.${end}" must be a character offset (a whole number)`,
        );
    }
    if ((e.end as number) <= (e.start as number))
      throw new CurationError(`${this.where}: "evidence.end" must come after "evidence.start"`);
    return { article: e.article, start: e.start as number, end: e.end as number };
  }
}

function isRecord(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The file's text as written: two-space indentation and a final newline, so it diffs well under git. */
export function serializeCuration(curation: CurationFile): string {
  return `${JSON.stringify(curation, null, 2)}\n`;
}
