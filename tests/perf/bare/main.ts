// Reference app for `npm run bench`: one Phaser scene with a rectangle and a Text, marking its first
// frame, so the game's figures can be read as ratios against "Phaser itself" measured in the same run.
import Phaser from 'phaser';

class BareScene extends Phaser.Scene {
  create(): void {
    this.add.rectangle(400, 300, 200, 120, 0x3355aa);
    this.add.text(320, 290, 'Precedent', { fontFamily: 'sans-serif', fontSize: '24px' });
    // The first frame is on screen once the renderer has finished drawing it.
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark('first-frame'));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'app',
  width: 800,
  height: 600,
  scene: BareScene,
});
