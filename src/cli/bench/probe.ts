// Runs inside the page before any of its scripts (addInitScript): wraps performance.mark so the
// bench sees the game's marks synchronously and times click → mark → next frame painted.

export interface Probe {
  /** What the next click should produce: a scenario ('scenario-ready') or a node ('node-drawn'). */
  expect: '' | 'scenario' | 'choice';
  lastClick: number;
  scenarioReady: number[];
  /** Click that chose the scenario → 'stage-ready' (the Phaser stage is up; once per page). */
  stageReady: number[];
  scenarioClick: number;
  latencies: number[];
  /** How many times each mark has been set, so a driver can wait for the next one. */
  marks: Record<string, number>;
}

/**
 * Plain JavaScript source rather than a serialised function: tsx's transform inserts helper calls
 * (`__name`) into functions, which do not exist in the page.
 * The click is stamped in the capture phase, before the game's handler runs. A message posted from
 * the next animation frame runs once that frame has been produced, i.e. the node is on screen.
 */
export const PROBE_SCRIPT = `(() => {
  const probe = { expect: '', lastClick: 0, scenarioReady: [], stageReady: [], scenarioClick: 0, latencies: [], marks: {} };
  window.__bench = probe;
  document.addEventListener('click', (e) => { probe.lastClick = e.timeStamp; }, true);
  const afterNextFrame = (done) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = done;
    ch.port2.postMessage(0);
  });
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    const t0 = probe.lastClick;
    probe.marks[name] = (probe.marks[name] || 0) + 1;
    if (name === 'scenario-ready' && probe.expect === 'scenario') {
      probe.expect = '';
      probe.scenarioClick = t0;
      probe.scenarioReady.push(entry.startTime - t0);
    } else if (name === 'stage-ready') {
      probe.stageReady.push(entry.startTime - probe.scenarioClick);
    } else if (name === 'node-drawn' && probe.expect === 'choice') {
      probe.expect = '';
      afterNextFrame(() => probe.latencies.push(performance.now() - t0));
    }
    return entry;
  };
})();`;
