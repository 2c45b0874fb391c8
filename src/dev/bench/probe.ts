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
  /** How many of those steps showed a page prepared while the student read (PlaySession). */
  prepared: number;
  /** How many times each mark has been set, so a driver can wait for the next one. */
  marks: Record<string, number>;
  /**
   * Resolves once mark `name` has been set more than `after` times ('mark'), or more than `after`
   * latencies are recorded ('latency'). One awaited call instead of polling from the bench: each
   * poll is a task on the page's main thread, and at 4× CPU those tasks were queued ahead of the
   * frame being timed (~30 ms of the measured latency was the bench's own polling).
   */
  waitFor(kind: 'mark' | 'latency', name: string, after: number): Promise<void>;
}

/**
 * Plain JavaScript source rather than a serialised function: tsx's transform inserts helper calls
 * (`__name`) into functions, which do not exist in the page.
 * The click is stamped in the capture phase, before the game's handler runs. A message posted from
 * the next animation frame runs once that frame has been produced, i.e. the node is on screen.
 */
export const PROBE_SCRIPT = `(() => {
  const probe = { expect: '', lastClick: 0, scenarioReady: [], stageReady: [], scenarioClick: 0, latencies: [], prepared: 0, marks: {} };
  const waiters = [];
  const count = (kind, name) => kind === 'mark' ? (probe.marks[name] || 0) : probe.latencies.length;
  const wake = () => {
    for (const w of waiters.splice(0)) {
      if (count(w.kind, w.name) > w.after) w.resolve();
      else waiters.push(w);
    }
  };
  // Not enumerable: the bench reads the whole probe back with page.evaluate, as plain data.
  Object.defineProperty(probe, 'waitFor', { value: (kind, name, after) => new Promise((resolve) => {
    waiters.push({ kind, name, after, resolve });
    wake();
  }) });
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
      if (options && options.detail && options.detail.prepared) probe.prepared++;
      afterNextFrame(() => {
        probe.latencies.push(performance.now() - t0);
        wake();
      });
    }
    wake();
    return entry;
  };
})();`;
