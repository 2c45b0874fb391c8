// The engine's public surface: import from here outside src/engine (the lint rule enforces it).
export * from './api';
export { CompileError, compile, reasonNodeId } from './compile';
export type { CompiledBranch, CompiledChoice, CompiledNode, CompiledScenario } from './compiled';
export { holds } from './compiled';
export {
  type CheckReview,
  type DebriefView,
  type DecisionReview,
  debriefView,
  historicalPlay,
  scoreMaxima,
} from './debrief';
export { ECHO_MAX, hasUnsafeChars, mixedScript, printable, safeEcho } from './echo';
export {
  coveringPlays,
  type Exploration,
  enumeratePlays,
  explore,
  reachableStates,
  type ScoreRange,
} from './explore';
export { type HistoryProblem, type HistoryWalk, walkHistory } from './history';
export {
  eachTargetOf,
  KINDS,
  type KindRule,
  type Outcome,
  PHASE_EVENT,
  type Phase,
  ruleOf,
  type TextUse,
} from './kinds';
export { heaviestPlays } from './longest';
export type { MachineInput, ScenarioMachine } from './machine';
export { correctAnswer, isCorrect, isValidAnswer, shuffledOptionIds, wrongAnswer } from './quiz';
export { newSeed } from './rng';
export { type Ahead, type Run, replay, restoreRun, startRun } from './run';
export {
  bestScores,
  risingAlongHistory,
  rubricAxes,
  type ScoringReport,
  scoringReport,
  type TopOptions,
  topOptions,
} from './scoring';
export {
  partiesOnStage,
  pressAfter,
  RELATION_STATES,
  type RelationView,
  relationState,
  relationViews,
} from './stage';
export { collectTextKeys, hasKey, type KeyUse } from './textKeys';
export {
  advance,
  initialState,
  NonFiniteError,
  type PlayState,
  type Step,
  stateKey,
  successors,
} from './transitions';
export type * from './types';
export { type Checked, check, type ValidateOptions, validate } from './validate';
// For the content loader and the CLI, which report scenario problems the validator's way.
export { collapseRepeats, MAX_NUMBER, NUMBER_FIX, showNumber } from './validate/limits';
export { didYouMean, showPath } from './validate/suggest';
export { buildView, COMMON_NS, type MeterChange, meterChanges } from './view';
