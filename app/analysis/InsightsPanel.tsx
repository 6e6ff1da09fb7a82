// Insights on the current view (filters applied): who does each action to the most others, which platforms
// the most actors act against, and the nodes ranked by degree, weighted degree, PageRank or betweenness.
import { useMemo, useState } from "react";
import {
  actionsInScope,
  betweennessIsEstimated,
  BETWEENNESS_PIVOTS,
  mostActive,
  mostTargeted,
  rankByMetric,
  type AnalysisScope,
  type Metric,
} from "../../graph/analysis/index.ts";
import { actionLabel, compareActions } from "../../graph/view/relations.ts";
import { RankingList } from "./RankingList.tsx";

const METRIC_LABELS: [Metric, string][] = [
  ["degree", "Degree"],
  ["weightedDegree", "Weighted degree (evidence)"],
  ["pagerank", "PageRank"],
  ["betweenness", "Betweenness"],
];

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

export function InsightsPanel(props: {
  scope: AnalysisScope;
  selectedNode: string | null;
  colorOf: (node: string) => string;
  onChooseNode: (node: string) => void;
}) {
  const { scope } = props;
  const actions = useMemo(() => [...actionsInScope(scope).keys()].sort(compareActions), [scope]);
  const [chosenAction, setAction] = useState("blocks");
  const action = actions.includes(chosenAction) ? chosenAction : (actions[0] ?? chosenAction);
  // Degree first: the cheapest to rank on a big view; PageRank and betweenness are one choice away.
  const [metric, setMetric] = useState<Metric>("degree");
  const [kind, setKind] = useState("");

  const active = useMemo(() => mostActive(scope, action), [scope, action]);
  const targeted = useMemo(() => mostTargeted(scope), [scope]);
  const ranked = useMemo(
    () => rankByMetric(scope, metric, { kind: kind || undefined }),
    [scope, metric, kind],
  );
  const labelOf = (node: string) => scope.graph.getNodeAttribute(node, "label") ?? node;
  const common = {
    labelOf,
    colorOf: props.colorOf,
    selectedNode: props.selectedNode,
    onChoose: props.onChooseNode,
  };
  const decimals = metric === "pagerank" || metric === "betweenness";

  return (
    <article className="insights" aria-labelledby="insights-title">
      <header className="details-head">
        <h2 id="insights-title">Insights</h2>
      </header>
      <p className="hint">
        On the current view: {count(scope.nodes.size, "node")}, {count(scope.edges.size, "relation")}. Each
        row counts its independent sources: distinct articles and distinct publishers, not sentences.
      </p>

      <section aria-labelledby="insights-active">
        <h3 className="section-title" id="insights-active">
          Most active
        </h3>
        <label className="inline-field">
          Action
          <select value={action} onChange={(event) => setAction(event.target.value)}>
            {actions.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </label>
        <RankingList
          {...common}
          rows={active}
          testId="ranking-active"
          formatValue={(n) => `${actionLabel(action)} ${n}`}
          othersPrefix="→"
          empty="No relation of this action in the view."
        />
      </section>

      <section aria-labelledby="insights-targeted">
        <h3 className="section-title" id="insights-targeted">
          Most targeted platforms
        </h3>
        <p className="hint">
          By how many actors block, restrict, ban, fine, accuse or criticise them (CAMEO conflict events).
        </p>
        <RankingList
          {...common}
          rows={targeted}
          testId="ranking-targeted"
          formatValue={(n) => count(n, "actor")}
          othersPrefix="by"
          empty="No platform is acted against in the view."
        />
      </section>

      <section aria-labelledby="insights-central">
        <h3 className="section-title" id="insights-central">
          Central nodes
        </h3>
        <div className="inline-fields">
          <label className="inline-field">
            By
            <select value={metric} onChange={(event) => setMetric(event.target.value as Metric)}>
              {METRIC_LABELS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            Of
            <select value={kind} onChange={(event) => setKind(event.target.value)}>
              <option value="">actors and platforms</option>
              <option value="actor">actors</option>
              <option value="platform">platforms</option>
            </select>
          </label>
        </div>
        {metric === "betweenness" && betweennessIsEstimated(scope) && (
          <p className="hint">
            Estimated from {BETWEENNESS_PIVOTS} sampled nodes: the view is too big to count every path.
          </p>
        )}
        <RankingList
          {...common}
          rows={ranked}
          testId="ranking-central"
          formatValue={(n) => (decimals ? n.toFixed(3) : String(n))}
          empty="Nothing to rank in the view."
        />
      </section>
    </article>
  );
}
