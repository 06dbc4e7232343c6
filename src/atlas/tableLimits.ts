// Limits of the table import, shown on screen before a file is read.

/** Larger files are refused before they are read (a buurt table with many columns is far smaller). */
export const MAX_TABLE_BYTES = 20 * 1024 * 1024;
