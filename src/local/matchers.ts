// The problem-matcher engine lives in src/common (the cmake action counts what lies outside the workspace with it).
export { type Annotation, MatcherSet } from '../common/problem-matchers.js';
