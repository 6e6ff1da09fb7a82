// Graph JSON: graphology's own serialization of the contract graph, on one line (as the builder writes it).
import type { NewsGraph } from "../types.ts";
import { contractCopy } from "./contract.ts";

export function toGraphJson(graph: NewsGraph): string {
  return JSON.stringify(contractCopy(graph).export());
}
