// Lays out a scenario's story graph with dagre: one box per node, one small box per choice
// (so the heatmap can count each choice), endings and the historical path marked. Pure data;
// `map.ts` draws it. The build lays out the shipped scenarios (vite-plugins/mapFacts.ts) and the
// page registers those; any other scenario is laid out here, once.

import dagre from '@dagrejs/dagre';
import { type CompiledScenario, historicalPlay, type NodeKind } from '../engine';

export interface MapBox {
  /** Box id: the node id, or `node/choice` for a choice. */
  id: string;
  node: string;
  choice?: string;
  kind: NodeKind | 'choice';
  historical: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface MapEdge {
  from: string;
  to: string;
  historical: boolean;
  points: { x: number; y: number }[];
}
export interface ScenarioMap {
  width: number;
  height: number;
  boxes: MapBox[];
  edges: MapEdge[];
}

const NODE = { width: 190, height: 46 };
const CHOICE = { width: 160, height: 34 };
const MARGIN = 16;

type Pending = Omit<MapBox, 'x' | 'y'>;

/** Boxes and edges before layout: nodes, choices between a decision and its targets. */
function graphOf(c: CompiledScenario) {
  const hist = historicalPlay(c);
  const onPath = new Set(hist.path);
  const histChoices = new Set(
    hist.log.flatMap((e) => (e.type === 'choice.select' ? [`${e.node}/${e.choice}`] : [])),
  );
  const boxes: Pending[] = [];
  const edges: Omit<MapEdge, 'points'>[] = [];
  for (const n of c.nodes.values()) {
    // A reason node is the compiler's page between a choice and its target: the map shows the
    // authored story (choice → target); the reasons given are counted in a table beside it.
    if (n.node.kind === 'reason') continue;
    boxes.push({ id: n.id, node: n.id, kind: n.node.kind, historical: onPath.has(n.id), ...NODE });
    for (const b of n.branches) {
      edges.push({ from: n.id, to: b.to, historical: onPath.has(n.id) && onPath.has(b.to) });
    }
    for (const { choice } of n.choices) {
      const id = `${n.id}/${choice.id}`;
      const historical = histChoices.has(id);
      boxes.push({ id, node: n.id, choice: choice.id, kind: 'choice', historical, ...CHOICE });
      edges.push({ from: n.id, to: id, historical }, { from: id, to: choice.to, historical });
    }
  }
  return { boxes, edges };
}

// A tenth of a pixel is finer than any screen shows; dagre's full doubles would make the build's
// layouts (vite-plugins/mapFacts.ts, shipped in the teacher page) a third larger.
const tenth = (v: number): number => Math.round(v * 10) / 10;

/** The laid-out map (top to bottom, start at the top). */
export function layoutScenario(c: CompiledScenario): ScenarioMap {
  const { boxes, edges } = graphOf(c);
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 36, marginx: MARGIN, marginy: MARGIN });
  g.setDefaultEdgeLabel(() => ({}));
  for (const b of boxes) g.setNode(b.id, { width: b.width, height: b.height });
  edges.forEach((e, i) => {
    // Heavier historical edges pull the historical path into a straight spine.
    g.setEdge(e.from, e.to, { weight: e.historical ? 4 : 1 }, String(i));
  });
  dagre.layout(g);
  const graph = g.graph();
  return {
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
    boxes: boxes.map((b) => {
      const n = g.node(b.id);
      return { ...b, x: tenth(n.x), y: tenth(n.y) };
    }),
    edges: edges.map((e, i) => ({
      ...e,
      points: (g.edge({ v: e.from, w: e.to, name: String(i) })?.points ?? []).map(
        (p: { x: number; y: number }) => ({ x: tenth(p.x), y: tenth(p.y) }),
      ),
    })),
  };
}

let prebuilt: Record<string, ScenarioMap> = {};
const laidOut = new WeakMap<CompiledScenario, ScenarioMap>();

/** The build's layouts of the shipped scenarios, by scenario id. */
export function registerMapLayouts(maps: Record<string, ScenarioMap>): void {
  prebuilt = maps;
}

/** `c`'s map: the build's layout if it has one, else laid out now (once per compiled scenario). */
export function scenarioMap(c: CompiledScenario): ScenarioMap {
  const known = laidOut.get(c);
  if (known) return known;
  const built = Object.hasOwn(prebuilt, c.scenario.id) ? prebuilt[c.scenario.id] : undefined;
  const map = built ?? layoutScenario(c);
  laidOut.set(c, map);
  return map;
}
