// Starts the Phaser game inside a given element (loaded lazily: Phaser is the largest download)
// and gives the play screen two calls: hold the loop at a step, draw a step's model. The stage is still between steps, so the
// game loop sleeps once animations end: no frames are drawn for nothing (battery, slow laptops).
import Phaser from 'phaser';
import { MARK, markOnce } from '../../platform/marks';
import type { ScreenContext } from '../dom/context';
import { StageAside } from './aside';
import { loadCountries } from './atlas';
import type { StageModel } from './keys';
import { StageScene } from './StageScene';

/** Resolves when the atlas is in (for the loading indicator). */
export const countriesLoaded = (): Promise<unknown> => loadCountries();

export interface Stage {
  /** Stops the loop at a step: no WebGL frame may come before the new panel's. */
  hold(): void;
  /** Draws a step's model (canvas and its DOM side); called once the new panel has been painted. */
  draw(model: () => StageModel, ctx: ScreenContext): void;
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

/** The canvas's size: CSS pixels of its parent, and the backing store at devicePixelRatio. */
function sizeOf(parent: HTMLElement) {
  const dpr = Math.min(3, Math.max(1, globalThis.devicePixelRatio || 1));
  const w = parent.clientWidth || 640;
  const h = parent.clientHeight || 360;
  return { dpr, w, h, bw: Math.round(w * dpr), bh: Math.round(h * dpr) };
}

/**
 * Puts the canvas (a picture to screen readers) and its DOM side into `stage`. A party or place
 * clicked or tapped on the canvas opens the card its button in the DOM side opens (aside.ts).
 */
export function createStage(stage: HTMLElement): Promise<Stage> {
  const parent = document.createElement('div');
  parent.className = 'stage-canvas';
  parent.setAttribute('aria-hidden', 'true');
  const aside = new StageAside();
  stage.append(parent, aside.root);
  const open = (key: string) => aside.open(key);
  const scene = new StageScene(loadCountries());
  const size = sizeOf(parent);
  scene.dpr = size.dpr;
  return new Promise((resolve) => {
    const game = new Phaser.Game({
      type: Phaser.AUTO,
      parent,
      backgroundColor: '#d5e3e8',
      // The backing store is devicePixelRatio × the CSS size (zoom shows it at CSS size); the
      // scene's camera zooms by the same factor, so drawing code stays in CSS pixels.
      scale: { mode: Phaser.Scale.NONE, width: size.bw, height: size.bh, zoom: 1 / size.dpr },
      fps: { limit: 30 },
      // Clicks are read from the DOM (below), not through Phaser's input plugins: those add
      // window listeners that would run before every click and key on the page.
      input: { keyboard: false, mouse: false, touch: false, gamepad: false },
      banner: false,
      audio: { noAudio: true },
      scene: [scene],
      callbacks: {
        postBoot: () => {
          let timer: ReturnType<typeof setTimeout> | undefined;
          let still = false;
          let next: { model: () => StageModel; ctx: ScreenContext } | undefined;
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
          const resize = () => {
            const now = sizeOf(parent);
            if (now.bw !== game.scale.width || now.bh !== game.scale.height || now.dpr !== scene.dpr) {
              scene.dpr = now.dpr;
              game.scale.setZoom(1 / now.dpr);
              game.scale.resize(now.bw, now.bh);
              // Phaser sets the CSS size only when it differs from the backing store's, so at
              // devicePixelRatio 1 a resized canvas kept its old CSS size and stretched the map.
              game.canvas.style.width = `${now.bw / now.dpr}px`;
              game.canvas.style.height = `${now.bh / now.dpr}px`;
            }
            awake(still ? AWAKE_STILL_MS : AWAKE_MS);
          };
          // Browser zoom changes devicePixelRatio and the CSS size together: one observer sees both.
          const observer = new ResizeObserver(resize);
          observer.observe(parent);
          const canvas = game.canvas;
          const pointAt = (e: MouseEvent) => {
            const r = canvas.getBoundingClientRect();
            return scene.hitAt(e.clientX - r.left, e.clientY - r.top);
          };
          const onClick = (e: MouseEvent) => {
            const key = pointAt(e);
            if (key) open(key);
          };
          // The pointer says what can be opened; nothing is computed while the mouse is still.
          const onMove = (e: MouseEvent) => {
            canvas.style.cursor = pointAt(e) ? 'pointer' : '';
          };
          canvas.addEventListener('click', onClick);
          canvas.addEventListener('mousemove', onMove);
          awake(AWAKE_MS);
          const draw = () => {
            if (!next) return;
            const model = next.model();
            const { ctx } = next;
            next = undefined;
            still = model.reducedMotion;
            aside.update(model, ctx);
            scene.setModel(model);
            awake(still ? AWAKE_STILL_MS : AWAKE_MS);
            markOnce(MARK.stageDrawn); // the map shows this step (tests, npm run bench)
          };
          resolve({
            // The play screen decides when (scheduler.ts): hold stops the loop at a step, draw
            // shows the step once its panel has been painted.
            hold: sleep,
            draw: (model, ctx) => {
              next = { model, ctx };
              draw();
            },
            destroy: () => {
              clearTimeout(timer);
              observer.disconnect();
              canvas.removeEventListener('click', onClick);
              canvas.removeEventListener('mousemove', onMove);
              game.destroy(true);
              parent.remove();
              aside.root.remove();
            },
          });
        },
      },
    });
  });
}
