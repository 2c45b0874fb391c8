// Types of the build-time completeness module produced by `vite-plugins/completeness.ts`.
declare module 'virtual:precedent-completeness' {
  /** Languages each locale namespace is complete in, source language first. */
  export const completeLanguages: Record<string, string[]>;
}
