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

export function createStage(parent: HTMLElement): Promise<Stage> {
  const scene = new StageScene(loadCountries());
  return new Promise((resolve) => {
    const game = new Phaser.Game({
      type: Phaser.AUTO,
      parent,
      backgroundColor: '#d5e3e8',
      scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 640, height: parent.clientHeight || 360 },
      banner: false,
      audio: { noAudio: true },
      scene: [scene],
      callbacks: {
        postBoot: () =>
          resolve({
            show: (model) => scene.setModel(model),
            destroy: () => game.destroy(true),
          }),
      },
    });
  });
}
