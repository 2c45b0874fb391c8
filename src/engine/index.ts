// The engine's public surface: import from here outside src/engine.
export * from './api';
export { type CompiledScenario, CompileError, compile } from './compile';
export { type DebriefView, type DecisionReview, debriefView, historicalPlay } from './debrief';
export { type Exploration, enumeratePlays, explore } from './explore';
export { correctAnswer, isCorrect, isValidAnswer, shuffledOptionIds, wrongAnswer } from './quiz';
export { newSeed } from './rng';
export { type Ahead, type Run, replay, restoreRun, startRun } from './run';
export type * from './types';
export { buildView, COMMON_NS } from './view';
export { ECHO_MAX, hasUnsafeChars, mixedScript, safeEcho } from './echo';
