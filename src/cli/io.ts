import { closeSync, openSync, writeSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { InputError } from '../engine/input-issue.ts';
import { UsageError } from './run-action.ts';

export type OutputFormat = 'json' | 'csv' | 'xlsx' | 'text';

/** Reads an input file, turning "no such file" into a message the person can act on. */
export async function readInputFile(
  path: string,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  try {
    return { fileName: basename(path), bytes: await readFile(path) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new InputError([
        {
          code: 'file_not_found',
          message: { zh: `找不到输入文件：${path}`, en: `input file not found: ${path}` },
        },
      ]);
    }
    throw error;
  }
}

/**
 * The output format: as asked, else from the output file's extension, else JSON.
 * @example outputFormat(undefined, 'result.xlsx') // 'xlsx'
 */
export function outputFormat(asked: string | undefined, output: string | undefined): OutputFormat {
  if (asked) return asked as OutputFormat;
  const extension = output ? extname(output).slice(1).toLowerCase() : '';
  if (extension === 'csv' || extension === 'xlsx' || extension === 'txt')
    return extension === 'txt' ? 'text' : extension;
  return 'json';
}

/** xlsx is binary: refuse to pour it onto a terminal. */
export function requireOutputFor(format: OutputFormat, output: string | undefined) {
  if (format === 'xlsx' && !output) {
    throw new UsageError(
      'xlsx 格式需要用 --output 指定输出文件',
      'the xlsx format needs --output FILE',
    );
  }
}

/**
 * Writes the output whole or not at all: into a temporary file beside the target, renamed over
 * it at the end, so an interrupted run never leaves a file that looks complete. Without a path
 * the chunks go to standard output.
 */
export async function writeOutput(path: string | undefined, chunks: Iterable<string | Uint8Array>) {
  if (!path) {
    for (const chunk of chunks) {
      if (!process.stdout.write(chunk))
        await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  // Synchronous writes: one chunk at a time with no promise per chunk, measured faster here.
  const descriptor = openSync(temporary, 'w');
  try {
    for (const chunk of chunks) {
      if (typeof chunk === 'string') writeSync(descriptor, chunk);
      else writeSync(descriptor, chunk);
    }
  } finally {
    closeSync(descriptor);
  }
  await rename(temporary, path);
}

export { writeFile };
