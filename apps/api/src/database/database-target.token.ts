// Injection token for the DatabaseTarget the app was started with (pg-boss connects with it).
export const DATABASE_TARGET = Symbol('DATABASE_TARGET');
