import { createContext, useContext } from "react";
import type Sigma from "sigma";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../graph/types.ts";

export type NewsSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const SigmaContext = createContext<NewsSigma | null>(null);

/** The sigma instance; only controller components (app/sigma/*) use it. */
export function useSigma(): NewsSigma {
  const sigma = useContext(SigmaContext);
  if (!sigma) throw new Error("useSigma must be used inside <GraphCanvas>");
  return sigma;
}
