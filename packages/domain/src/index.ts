export * from './codes/code-lists';
export * from './codes/codes.schema';
export * from './counties/county.schema';
export * from './auth/auth.schema';
export * from './common/error.schema';
