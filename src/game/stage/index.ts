// Starts the Phaser game inside a given element (loaded lazily: Phaser is the largest download)
// and gives the app one call to hand it a new model. The stage is still between steps, so the
// game loop sleeps once animations end: no frames are drawn for nothing (battery, slow laptops).
import Phaser from 'phaser';
import { whenIdle } from '../../platform/idle';
import { loadCountries } from './atlas';
import type { StageModel } from './keys';
import { StageScene } from './StageScene';

/** Resolves when the atlas is in (for the loading indicator). */
export const countriesLoaded = (): Promise<unknown> => loadCountries();

export interface Stage {
  /** `model` is called once the new panel has been painted, and only for the latest show(). */
  show(model: () => StageModel): void;
  destroy(): void;
}

/**
 * How long the loop stays awake after a change: the longest tween (overlays.ts, places.ts) plus a
 * few frames. A reading student clicks seconds later, so the loop is asleep by then and a click
 * never waits for a WebGL frame (software WebGL on school laptops makes each one costly).
 */
const AWAKE_MS = 900;
/** Reduced motion: nothing moves, so one or two frames are enough. */
const AWAKE_STILL_MS = 150;

/**
 * Runs `fn` once the next frame (the new DOM panel) has been produced and the page is idle: the
 * map redraw (a few hundred ms on a slow laptop with software WebGL) must never sit between a
 * click and the panel it brings, nor before the tasks that frame queued (see afterPaint).
 */
const afterPaint = (fn: () => void) => requestAnimationFrame(() => whenIdle(fn));

export function createStage(parent: HTMLElement): Promise<Stage> {
  const scene = new StageScene(loadCountries());
  return new Promise((resolve) => {
    const game = new Phaser.Game({
      type: Phaser.AUTO,
      parent,
      backgroundColor: '#d5e3e8',
      scale: {
        mode: Phaser.Scale.RESIZE,
        width: parent.clientWidth || 640,
        height: parent.clientHeight || 360,
      },
      fps: { limit: 30 },
      // The map is a picture (aria-hidden); nothing in it is clicked or typed into. Without the
      // input plugins Phaser adds no window listeners that would run before every click and key.
      input: { keyboard: false, mouse: false, touch: false, gamepad: false },
      banner: false,
      audio: { noAudio: true },
      scene: [scene],
      callbacks: {
        postBoot: () => {
          let timer: ReturnType<typeof setTimeout> | undefined;
          let still = false;
          let next: (() => StageModel) | undefined;
          let pending = 0; // bumped by every show(): only the latest one's redraw runs
          const sleep = () => {
            clearTimeout(timer);
            if (game.loop.running) game.loop.sleep();
          };
          const awake = (ms: number, extra = 0) => {
            if (!game.loop.running) game.loop.wake(true);
            clearTimeout(timer);
            // Slow frames stretch a tween in wall time: never stop one half-way (bounded).
            timer = setTimeout(() => (scene.animating && extra < 20 ? awake(100, extra + 1) : sleep()), ms);
          };
          const observer = new ResizeObserver(() => awake(still ? AWAKE_STILL_MS : AWAKE_MS));
          observer.observe(parent);
          awake(AWAKE_MS);
          const draw = () => {
            if (!next) return;
            const model = next();
            next = undefined;
            still = model.reducedMotion;
            scene.setModel(model);
            awake(still ? AWAKE_STILL_MS : AWAKE_MS);
            performance.clearMarks('stage-drawn');
            performance.mark('stage-drawn'); // the map shows this step (tests, npm run bench)
          };
          resolve({
            show: (model) => {
              // A choice must not wait for the map: stop the loop now (no WebGL frame before the
              // panel's), and redraw once the new panel has been painted. A newer show() cancels
              // an older pending redraw, so rapid steps coalesce into one redraw of the latest.
              sleep();
              next = model;
              const mine = ++pending;
              afterPaint(() => {
                if (mine === pending) draw();
              });
            },
            destroy: () => {
              clearTimeout(timer);
              observer.disconnect();
              game.destroy(true);
            },
          });
        },
      },
    });
  });
}
