// Starts the Phaser game inside a given element (loaded lazily: Phaser is the largest download)
// and gives the app one call to hand it a new model. The stage is still between steps, so the
// game loop sleeps once animations end: no frames are drawn for nothing (battery, slow laptops).
import Phaser from 'phaser';
import { loadCountries } from './atlas';
import type { StageModel } from './keys';
import { StageScene } from './StageScene';

/** Resolves when the atlas is in (for the loading indicator). */
export const countriesLoaded = (): Promise<unknown> => loadCountries();

export interface Stage {
  show(model: StageModel): void;
  destroy(): void;
}

/** How long the loop stays awake after a change: long enough for every tween to finish. */
const AWAKE_MS = 2400;
const AWAKE_STILL_MS = 500;

/** Runs `fn` once the next frame (the new DOM panel) has been committed. */
const afterPaint = (fn: () => void) => requestAnimationFrame(() => requestAnimationFrame(fn));

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
      banner: false,
      audio: { noAudio: true },
      scene: [scene],
      callbacks: {
        postBoot: () => {
          let timer: ReturnType<typeof setTimeout> | undefined;
          let still = false;
          let next: StageModel | undefined;
          const awake = (ms: number) => {
            if (!game.loop.running) game.loop.wake(true);
            clearTimeout(timer);
            timer = setTimeout(() => game.loop.sleep(), ms);
          };
          const observer = new ResizeObserver(() => awake(still ? AWAKE_STILL_MS : 1000));
          observer.observe(parent);
          awake(AWAKE_MS);
          const draw = () => {
            if (!next) return;
            still = next.reducedMotion;
            scene.setModel(next);
            next = undefined;
            awake(still ? AWAKE_STILL_MS : AWAKE_MS);
          };
          resolve({
            show: (model) => {
              // Drawn after the new panel has been painted, so a choice never waits for the map;
              // rapid steps coalesce into one redraw of the latest model.
              if (next === undefined) afterPaint(draw);
              next = model;
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
