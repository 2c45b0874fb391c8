// The performance marks the game sets and the bench and tests wait for: one list of names, so a
// renamed mark cannot leave a benchmark silently timing nothing.
export const MARK = {
  /** The first screen accepts input. */
  menuReady: 'menu-ready',
  /** A scenario's first page is on screen. */
  scenarioReady: 'scenario-ready',
  /** A step's page is on screen (detail: whether it was prepared ahead). */
  nodeDrawn: 'node-drawn',
  /** The pages one step ahead are built and laid out. */
  pagesPrepared: 'pages-prepared',
  /** The Phaser stage has loaded and drawn for the first time. */
  stageReady: 'stage-ready',
  /** The stage has drawn a step. */
  stageDrawn: 'stage-drawn',
} as const;

export type MarkName = (typeof MARK)[keyof typeof MARK];

/** Sets `name`, clearing its earlier entries first so marks set on every step do not pile up. */
export function markOnce(name: MarkName, detail?: unknown): void {
  performance.clearMarks(name);
  performance.mark(name, detail === undefined ? undefined : { detail });
}
