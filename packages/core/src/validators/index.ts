export * from './basic.js';
export * from './cpr.js';
export * from './phone.js';
export * from './issues.js';
export * from './colour.js';
