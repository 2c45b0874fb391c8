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
          const awake = (ms: number) => {
            if (!game.loop.running) game.loop.wake(true);
            clearTimeout(timer);
            timer = setTimeout(() => game.loop.sleep(), ms);
          };
          const observer = new ResizeObserver(() => awake(still ? AWAKE_STILL_MS : 1000));
          observer.observe(parent);
          awake(AWAKE_MS);
          resolve({
            show: (model) => {
              still = model.reducedMotion;
              scene.setModel(model);
              awake(still ? AWAKE_STILL_MS : AWAKE_MS);
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
