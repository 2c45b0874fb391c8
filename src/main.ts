// Composition root: wires engine, content, i18n, platform and the Phaser game together.
export {};
