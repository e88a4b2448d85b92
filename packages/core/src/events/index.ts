export * from './details.js';
export * from './event-map.js';
export * from './emit.js';
