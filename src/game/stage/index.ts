// Starts the Phaser game inside a given element (loaded lazily: Phaser is the largest download)
// and gives the app one call to hand it a new model.
import Phaser from 'phaser';
import { loadCountries } from './atlas';
import type { StageModel } from './keys';
import { StageScene } from './StageScene';

export interface Stage {
  show(model: StageModel): void;
  destroy(): void;
}

/** Long enough for the stage's tweens (meters 0.7 s, change chips 2.2 + 0.8 s) to finish. */
const AWAKE_MS = 3200;

/**
 * Render on demand: the stage is a still picture between steps, and redrawing it 60 times a
 * second starves a weak Chromebook's CPU (and, without a GPU, blocks every frame of the page).
 * The loop wakes for a new model or a resize and sleeps once the animations are done.
 */
function onDemand(game: Phaser.Game): { wake(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wake = () => {
    if (!game.loop.running) game.loop.wake();
    clearTimeout(timer);
    timer = setTimeout(() => game.loop.sleep(), AWAKE_MS);
  };
  addEventListener('resize', wake);
  const stop = () => {
    clearTimeout(timer);
    removeEventListener('resize', wake);
  };
  return { wake, stop };
}

/** Runs `fn` once the next frame (the new DOM panel) has been committed: the panel never waits for the map. */
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
      banner: false,
      audio: { noAudio: true },
      scene: [scene],
      callbacks: {
        postBoot: () => {
          const loop = onDemand(game);
          let next: StageModel | undefined;
          const draw = () => {
            loop.wake();
            if (next) scene.setModel(next);
            next = undefined;
          };
          resolve({
            show: (model) => {
              // Rapid steps coalesce: only the latest model is drawn.
              if (next === undefined) afterPaint(draw);
              next = model;
            },
            destroy: () => {
              loop.stop();
              game.destroy(true);
            },
          });
        },
      },
    });
  });
}
