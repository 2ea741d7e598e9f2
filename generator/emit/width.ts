/** The line width everything the emitter prints is laid out for (the project's Prettier printWidth). */
export const PRINT_WIDTH = 120;
