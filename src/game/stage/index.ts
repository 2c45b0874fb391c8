// Starts the Phaser game inside a given element (loaded lazily: Phaser is the largest download)
// and gives the play screen two calls: hold the loop at a step, draw a step's model. The stage is still between steps, so the
// game loop sleeps once animations end: no frames are drawn for nothing (battery, slow laptops).
import Phaser from 'phaser';
import { MARK, markOnce } from '../../platform/marks';
import { loadCountries } from './atlas';
import type { StageModel } from './keys';
import { StageScene } from './StageScene';

/** Resolves when the atlas is in (for the loading indicator). */
export const countriesLoaded = (): Promise<unknown> => loadCountries();

export interface Stage {
  /** Stops the loop at a step: no WebGL frame may come before the new panel's. */
  hold(): void;
  /** Draws a step's model; the play screen calls it once the new panel has been painted. */
  draw(model: () => StageModel): void;
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
            markOnce(MARK.stageDrawn); // the map shows this step (tests, npm run bench)
          };
          resolve({
            // The play screen decides when (scheduler.ts): hold stops the loop at a step, draw
            // shows the step once its panel has been painted.
            hold: sleep,
            draw: (model) => {
              next = model;
              draw();
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
