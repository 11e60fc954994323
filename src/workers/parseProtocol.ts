/** Messages between the page and the design-parsing worker: a file's text in, its ParseResult out. */
import type { ParseResult } from '../domain/format/parseDesign.ts';

export interface ParseRequest {
  readonly id: number;
  readonly text: string;
}

export interface ParseReply {
  readonly id: number;
  readonly result: ParseResult;
}
