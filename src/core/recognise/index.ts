export { recognise } from './recognise';
export type { LoginStep, Recognition } from './recognise';
export { DETECTORS, MODE_WORDS, modeOfLabel } from './detectors';
export type { Detector } from './detectors';
